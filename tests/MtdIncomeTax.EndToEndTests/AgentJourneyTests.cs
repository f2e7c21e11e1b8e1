using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MtdIncomeTax.Data;

namespace MtdIncomeTax.EndToEndTests;

/// <summary>
/// An accountant links the practice on the emulator's pages, adds a client and asks for
/// authorisation; the client accepts through the emulator's test support API.
/// </summary>
public sealed class AgentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Agent_links_requests_and_sees_authorised()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsAgentAsync(page, app, "alex");

        await LinkPracticeAsync(page, "AARN1234567");
        await Assertions.Expect(page.GetByText("Your practice is linked to HMRC")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await AddClientAsync(page, "Sam Smith", "AA123456A", "TF3 4NT");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sam Smith", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Request authorisation" }).ClickAsync();

        await Assertions.Expect(page.GetByText("The request was sent")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#client-status")).ToContainTextAsync("Pending, expires");
        await Assertions.Expect(page.GetByLabel("Link for your client")).ToHaveValueAsync(new Regex("^http"));
        await Accessibility.AssertNoViolationsAsync(page);

        await AcceptAsClientAsync(app, await InvitationIdAsync(app, "AA123456A"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check status" }).ClickAsync();

        await Assertions.Expect(page.Locator("#client-status")).ToHaveTextAsync("Authorised");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your client list" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Sam Smith") })).ToContainTextAsync("Authorised");
    }

    [Fact]
    public async Task CSV_with_bad_rows_imports_nothing()
    {
        await using var app = new RunningApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsAgentAsync(page, app, "jo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients", Exact = true }).ClickAsync();

        const string Csv = "name,NINO,postcode,agent type\r\n"
            + "Sam Smith,AA123456A,TF3 4NT,main\r\n"
            + "Lee Jones,not-a-nino,BN12 4XL,main\r\n"
            + "Pat Brown,AC123456D,nowhere,supporting\r\n";
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "clients.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import clients" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Nothing was imported");
        await Assertions.Expect(summary).ToContainTextAsync("Row 3: Enter a National Insurance number in the correct format");
        await Assertions.Expect(summary).ToContainTextAsync("Row 4: Enter a real UK postcode");
        await Assertions.Expect(page.GetByText("Your practice has 0 clients on its list.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task SignInAsAgentAsync(IPage page, RunningApp app, string user)
    {
        await page.GotoAsync(app.AppUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Username").FillAsync(user);
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LinkJourneyTests.EnterSignInCodeAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/practice$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taylor and Co Accountants" })).ToBeVisibleAsync();
    }

    private static async Task LinkPracticeAsync(IPage page, string arn)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Link your practice to HMRC" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Agent reference number (ARN)").FillAsync(arn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to HMRC" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("User ID").FillAsync("agent-1");
        await page.GetByLabel("Password").FillAsync("emulator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant authority", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/practice$"));
    }

    private static async Task AddClientAsync(IPage page, string name, string nino, string postcode)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Clients", Exact = true }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("National Insurance number", new() { Exact = true }).FillAsync(nino);
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync(postcode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add client" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"{name} was added to your client list.")).ToBeVisibleAsync();
    }

    // The client's side: HMRC's Agent Authorisation Test Support API, called over HTTP as a test would.
    private static async Task AcceptAsClientAsync(RunningApp app, string invitationId)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{app.EmulatorUrl}/agent-authorisation-test-support/invitations/{invitationId}");
        request.Headers.Add("Accept", "application/vnd.hmrc.1.0+json");

        using var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task<string> InvitationIdAsync(RunningApp app, string nino)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MtdIncomeTaxDbContext>();
        var id = await db.AgentClients.Where(client => client.Nino == nino).Select(client => client.InvitationId).SingleAsync();
        return id!;
    }
}
