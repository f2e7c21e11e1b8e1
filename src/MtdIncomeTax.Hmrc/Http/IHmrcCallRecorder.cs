namespace MtdIncomeTax.Hmrc.Http;

/// <summary>Keeps a record of each HMRC API call for the support view.</summary>
public interface IHmrcCallRecorder
{
    Task RecordAsync(HmrcCallRecord record, CancellationToken cancellationToken);
}
