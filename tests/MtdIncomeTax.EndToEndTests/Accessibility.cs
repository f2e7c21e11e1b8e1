using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MtdIncomeTax.EndToEndTests;

public static class Accessibility
{
    /// <summary>
    /// The time limit of one axe-core run. axe-core waits on timers, which never fire in a context
    /// with JavaScript turned off, so without a limit such a run would wait forever.
    /// </summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs axe-core on the page and fails with each rule broken and where.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        AxeResult result;
        try
        {
            result = await page.RunAxe().WaitAsync(RunTimeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"axe-core timed out after {RunTimeout.TotalSeconds} s on {page.Url}. "
                + "It needs JavaScript, so skip the check on pages of a context created with JavaScriptEnabled = false.",
                exception);
        }

        var violations = result.Violations
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at "
                + string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString())))
            .ToList();
        Assert.True(violations.Count == 0, $"axe-core found violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
