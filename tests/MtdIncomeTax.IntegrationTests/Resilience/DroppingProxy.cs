using System.Net;
using System.Net.Sockets;

namespace MtdIncomeTax.IntegrationTests.Resilience;

/// <summary>
/// A TCP proxy on loopback that passes each request on to the target server, then resets the
/// client's connection as soon as the response starts. The request reached the server, and the
/// client finds the connection lost without a response.
/// </summary>
public sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly int _targetPort;
    private readonly Task _accepting;

    public DroppingProxy(Uri target)
    {
        _targetPort = target.Port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                _ = Task.Run(() => RelayAsync(client));
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stopping.Token);
            var forwarding = client.GetStream().CopyToAsync(server.GetStream(), _stopping.Token);

            var firstByte = new byte[1];
            await server.GetStream().ReadExactlyAsync(firstByte, _stopping.Token);

            // A zero linger time makes Close send a reset, as a dropped connection does.
            client.Client.LingerState = new LingerOption(true, 0);
            client.Close();
            await forwarding;
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client's connection is gone, which is the point.
        }
        finally
        {
            client.Dispose();
        }
    }
}
