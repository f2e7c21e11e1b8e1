using MtdIncomeTax.Hmrc.Http;

namespace MtdIncomeTax.UnitTests.Hmrc.Api;

public sealed class HmrcTestScenarioTests
{
    [Fact]
    public void Scope_restores_previous_scenario()
    {
        Assert.Null(HmrcTestScenario.Current);

        using (HmrcTestScenario.Use("STATEFUL"))
        {
            using (HmrcTestScenario.Use("NOT_FOUND"))
            {
                Assert.Equal("NOT_FOUND", HmrcTestScenario.Current);
            }

            Assert.Equal("STATEFUL", HmrcTestScenario.Current);
        }

        Assert.Null(HmrcTestScenario.Current);
    }

    [Fact]
    public async Task Scenario_stays_in_its_flow()
    {
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var other = Task.Run(async () =>
        {
            started.SetResult();
            await release.Task;
            return HmrcTestScenario.Current;
        });
        await started.Task;

        using (HmrcTestScenario.Use("NOT_FOUND"))
        {
            release.SetResult();
            Assert.Null(await other);
        }
    }

    [Fact]
    public void Blank_scenario_is_rejected() =>
        Assert.Throws<ArgumentException>(() => HmrcTestScenario.Use(" "));
}
