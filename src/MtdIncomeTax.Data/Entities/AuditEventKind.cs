namespace MtdIncomeTax.Data.Entities;

public enum AuditEventKind
{
    Linked = 1,
    Refreshed = 2,
    RefreshFailed = 3,
    StatusChanged = 4,
    Disconnected = 5,
    ReminderSent = 6,
    ViewedBySupport = 7,
    NinoCorrected = 8,
    UpdateSent = 9,
    UpdateRejected = 10,
    UpdateOutcomeUnknown = 11,
    CalculationRequested = 12,
    AgentAccountChecked = 13,
    ClientAdded = 14,
    ClientsImported = 15,
    ClientRemoved = 16,
    AuthorisationRequested = 17,
    AuthorisationCancelled = 18,
    ClientStatusChanged = 19,
    ClientDeauthorised = 20,
    ClientCheckCompleted = 21,
    ClientDetailsChanged = 22,
}
