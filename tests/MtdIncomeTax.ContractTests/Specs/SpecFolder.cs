namespace MtdIncomeTax.ContractTests.Specs;

/// <summary>
/// Finds HMRC's published OpenAPI specs: HMRC_SPECS_PATH when set, else shared/hmrc-specs beside
/// the folder that contains MtdIncomeTax.sln. A missing folder fails the test; it never skips it.
/// </summary>
public static class SpecFolder
{
    public const string EnvironmentVariable = "HMRC_SPECS_PATH";

    private static readonly Lazy<string> RootPath = new(Locate);

    public static string Root => RootPath.Value;

    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException(
                    $"{EnvironmentVariable} is set to '{configured}', which is not a folder. Point it at the hmrc-specs folder.");
        }

        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "MtdIncomeTax.sln")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new DirectoryNotFoundException(
                $"No folder above {AppContext.BaseDirectory} contains MtdIncomeTax.sln; set {EnvironmentVariable} to the hmrc-specs folder.");
        }

        var specs = Path.GetFullPath(Path.Combine(repository.FullName, "..", "shared", "hmrc-specs"));
        return Directory.Exists(specs)
            ? specs
            : throw new DirectoryNotFoundException(
                $"HMRC's specs were not found at {specs}. Put a copy of shared/ beside the repository, or set {EnvironmentVariable}.");
    }
}
