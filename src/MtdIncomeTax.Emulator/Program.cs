namespace MtdIncomeTax.Emulator;

// An explicit entry point rather than top-level statements: the web app references this project,
// and two generated public Program classes would clash in its tests.
internal static class Program
{
    public static void Main(string[] args) => EmulatorApp.Build(args).Run();
}
