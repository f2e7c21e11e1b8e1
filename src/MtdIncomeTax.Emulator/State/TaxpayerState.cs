using System.Text.Json;
using MtdIncomeTax.Emulator.Api;
using MtdIncomeTax.Emulator.Users;

namespace MtdIncomeTax.Emulator.State;

/// <summary>
/// What HMRC holds for one individual: businesses added or removed through Test Support, cumulative
/// and annual submissions, calculations, final declarations and ITSA statuses. Every member locks,
/// so requests for the same individual may arrive at once.
/// </summary>
internal sealed class TaxpayerState
{
    private readonly Lock _lock = new();
    private readonly List<Business> _addedBusinesses = [];
    private readonly HashSet<string> _removedBusinessIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, TaxYear), CumulativeSummary> _cumulative = [];
    private readonly Dictionary<(string, TaxYear), JsonElement> _annual = [];
    private readonly List<StoredCalculation> _calculations = [];
    private readonly Dictionary<TaxYear, DateOnly> _finalDeclarations = [];
    private readonly Dictionary<TaxYear, IReadOnlyList<ItsaStatusDetail>> _itsaStatuses = [];

    /// <summary>Returns the seeded businesses that were not removed, then those added, in that order.</summary>
    public IReadOnlyList<Business> ListBusinesses(IReadOnlyList<Business> seeded)
    {
        lock (_lock)
        {
            return seeded.Concat(_addedBusinesses).Where(b => !_removedBusinessIds.Contains(b.BusinessId)).ToList();
        }
    }

    public void AddBusiness(Business business)
    {
        lock (_lock)
        {
            _addedBusinesses.Add(business);
        }
    }

    /// <summary>Removes the business; returns false when the individual has no such business.</summary>
    public bool RemoveBusiness(string businessId, IReadOnlyList<Business> seeded)
    {
        lock (_lock)
        {
            var exists = seeded.Concat(_addedBusinesses).Any(b => b.BusinessId == businessId)
                && !_removedBusinessIds.Contains(businessId);

            return exists && _removedBusinessIds.Add(businessId);
        }
    }

    public CumulativeSummary? FindCumulative(string businessId, TaxYear taxYear)
    {
        lock (_lock)
        {
            return _cumulative.GetValueOrDefault((businessId, taxYear));
        }
    }

    public IReadOnlyList<CumulativeSummary> ListCumulative(TaxYear taxYear)
    {
        lock (_lock)
        {
            return _cumulative.Values.Where(summary => summary.TaxYear == taxYear).ToList();
        }
    }

    /// <summary>
    /// Replaces the summary of its business and tax year unless check, given the summary stored
    /// before, returns an error code. Returns that code, or null when the summary was stored.
    /// </summary>
    public string? StoreCumulative(CumulativeSummary summary, Func<CumulativeSummary?, string?> check)
    {
        lock (_lock)
        {
            var key = (summary.BusinessId, summary.TaxYear);
            var previous = _cumulative.GetValueOrDefault(key);
            var error = check(previous);
            if (error is not null)
            {
                return error;
            }

            var received = DateOnly.FromDateTime(summary.SubmittedAt.UtcDateTime);
            _cumulative[key] = summary with { History = [.. previous?.History ?? [], (summary.PeriodEnd, received)] };
            return null;
        }
    }

    public JsonElement? FindAnnual(string businessId, TaxYear taxYear)
    {
        lock (_lock)
        {
            return _annual.TryGetValue((businessId, taxYear), out var body) ? body : null;
        }
    }

    public void StoreAnnual(string businessId, TaxYear taxYear, JsonElement body)
    {
        lock (_lock)
        {
            _annual[(businessId, taxYear)] = body;
        }
    }

    public void AddCalculation(StoredCalculation calculation)
    {
        lock (_lock)
        {
            _calculations.Add(calculation);
        }
    }

    public StoredCalculation? FindCalculation(string calculationId)
    {
        lock (_lock)
        {
            return _calculations.FirstOrDefault(c => c.CalculationId == calculationId);
        }
    }

    public IReadOnlyList<StoredCalculation> ListCalculations(TaxYear taxYear)
    {
        lock (_lock)
        {
            return _calculations.Where(c => c.TaxYear == taxYear).ToList();
        }
    }

    public DateOnly? FindFinalDeclaration(TaxYear taxYear)
    {
        lock (_lock)
        {
            return _finalDeclarations.TryGetValue(taxYear, out var received) ? received : null;
        }
    }

    /// <summary>
    /// Records the final declaration of the calculation's tax year unless check returns an error
    /// code; returns that code, or null when it was recorded.
    /// </summary>
    public string? Declare(StoredCalculation calculation, DateTimeOffset now, Func<DateOnly?, string?> check)
    {
        lock (_lock)
        {
            var error = check(_finalDeclarations.TryGetValue(calculation.TaxYear, out var received) ? received : null);
            if (error is not null)
            {
                return error;
            }

            _finalDeclarations.TryAdd(calculation.TaxYear, DateOnly.FromDateTime(now.UtcDateTime));
            calculation.DeclaredAt = now;
            return null;
        }
    }

    public IReadOnlyList<ItsaStatusDetail>? FindItsaStatus(TaxYear taxYear)
    {
        lock (_lock)
        {
            return _itsaStatuses.GetValueOrDefault(taxYear);
        }
    }

    public void StoreItsaStatus(TaxYear taxYear, IReadOnlyList<ItsaStatusDetail> details)
    {
        lock (_lock)
        {
            _itsaStatuses[taxYear] = details;
        }
    }
}
