using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Scope = "namespace",
    Target = "~N:MtdIncomeTax.Hmrc.Api.Property",
    Justification = "Named after HMRC's Property Business API; the web pages depend on this namespace, and no VB consumer exists.")]
