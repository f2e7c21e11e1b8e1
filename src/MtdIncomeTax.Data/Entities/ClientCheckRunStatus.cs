namespace MtdIncomeTax.Data.Entities;

public enum ClientCheckRunStatus
{
    Running = 1,
    Completed = 2,

    /// <summary>The run stopped before every client was checked, e.g. because the practice's grant ended.</summary>
    Stopped = 3,
}
