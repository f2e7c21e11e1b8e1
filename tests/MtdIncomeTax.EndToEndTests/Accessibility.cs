using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MtdIncomeTax.EndToEndTests;

public static class Accessibility
{
    /// <summary>Runs axe-core on the page and fails with each rule broken and where.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var violations = result.Violations
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at "
                + string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString())))
            .ToList();
        Assert.True(violations.Count == 0, $"axe-core found violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
