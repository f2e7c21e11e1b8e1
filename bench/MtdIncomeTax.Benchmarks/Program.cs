using System.Globalization;
using BenchmarkDotNet.Running;
using MtdIncomeTax.Benchmarks;

// dotnet run -c Release --project bench/MtdIncomeTax.Benchmarks -- fastpath | storm | support | ratelimit | checkall [clients]
switch (args.FirstOrDefault())
{
    case "storm":
        Console.WriteLine("warm-up (not counted): " + await RefreshStorm.RunAsync());
        for (var run = 1; run <= 5; run++)
        {
            Console.WriteLine($"run {run}: " + await RefreshStorm.RunAsync());
        }

        break;
    case "support":
        foreach (var line in await SupportListTimings.RunAsync())
        {
            Console.WriteLine(line);
        }

        break;
    case "ratelimit":
        for (var run = 1; run <= 3; run++)
        {
            Console.WriteLine($"run {run}: " + await RateLimitRun.RunAsync());
        }

        break;
    case "checkall":
        for (var run = 1; run <= 3; run++)
        {
            Console.WriteLine($"run {run}: " + await CheckAllRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500));
        }

        break;
    case "fastpath":
        BenchmarkRunner.Run<FastPathBenchmarks>(args: args[1..]);
        break;
    default:
        Console.WriteLine("Usage: MtdIncomeTax.Benchmarks fastpath | storm | support | ratelimit | checkall");
        break;
}
