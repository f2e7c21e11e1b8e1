using System.Security.Cryptography;

namespace MtdIncomeTax.Emulator.Agents;

/// <summary>
/// The in-memory invitations and agent-client relationships of one emulator, changed under one
/// lock so that a response and the relationship it makes or ends are seen together. A client has
/// at most one main agent and any number of supporting agents, and one agent holds only one
/// type for a client. Ending a relationship sets the invitation that made it to Deauthorised.
/// </summary>
internal sealed class AgentAuthorisationStore(TimeProvider timeProvider)
{
    private const string IdCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Invitation> _invitations = new(StringComparer.Ordinal);

    // The active relationships of each client NINO, by agent reference number.
    private readonly Dictionary<string, Dictionary<string, Relationship>> _relationships = new(StringComparer.Ordinal);

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>
    /// Creates a Pending invitation, unless the agent already has one Pending for the client,
    /// which is returned with IsDuplicate true.
    /// </summary>
    public (Invitation Invitation, bool IsDuplicate) CreateInvitation(string arn, string nino, AgentType agentType)
    {
        lock (_lock)
        {
            var now = Now;
            var pending = _invitations.Values.FirstOrDefault(invitation =>
                invitation.Arn == arn
                && invitation.Nino == nino
                && invitation.StatusAt(now) == InvitationStatus.Pending);
            if (pending is not null)
            {
                return (pending, true);
            }

            var id = NewInvitationId();
            while (_invitations.ContainsKey(id))
            {
                id = NewInvitationId();
            }

            var created = new Invitation(id, arn, nino, agentType, now, now + Invitation.Lifetime);
            _invitations[id] = created;

            return (created, false);
        }
    }

    public Invitation? FindInvitation(string id)
    {
        lock (_lock)
        {
            return _invitations.GetValueOrDefault(id);
        }
    }

    /// <summary>Returns the agent's invitations created at or after since, oldest first.</summary>
    public IReadOnlyList<Invitation> ListInvitations(string arn, DateTimeOffset since)
    {
        lock (_lock)
        {
            return _invitations.Values
                .Where(invitation => invitation.Arn == arn && invitation.Created >= since)
                .OrderBy(invitation => invitation.Created)
                .ToList();
        }
    }

    /// <summary>Cancels a Pending invitation, as its agent may.</summary>
    public RespondResult Cancel(string id) => Respond(id, InvitationStatus.Cancelled);

    /// <summary>Accepts or rejects a Pending invitation as its client would, adding the relationship.</summary>
    public RespondResult Answer(string id, bool accept) =>
        Respond(id, accept ? InvitationStatus.Accepted : InvitationStatus.Rejected);

    /// <summary>Makes a Pending invitation expire now. Returns false when there is no such invitation.</summary>
    public bool Expire(string id)
    {
        lock (_lock)
        {
            if (!_invitations.TryGetValue(id, out var invitation))
            {
                return false;
            }

            var now = Now;
            if (invitation.StatusAt(now) == InvitationStatus.Pending)
            {
                _invitations[id] = invitation with { ExpiresAt = now };
            }

            return true;
        }
    }

    /// <summary>Returns the type of the agent's active relationship with the client, or null without one.</summary>
    public AgentType? FindRelationship(string arn, string nino)
    {
        lock (_lock)
        {
            return _relationships.GetValueOrDefault(nino)?.GetValueOrDefault(arn)?.Type;
        }
    }

    /// <summary>Creates a relationship without an invitation, as test support does for load runs.</summary>
    public void AddRelationship(string arn, string nino, AgentType agentType)
    {
        lock (_lock)
        {
            AddRelationshipLocked(arn, nino, agentType, invitationId: null, Now);
        }
    }

    /// <summary>Ends the agent's relationship of this type with the client. Returns false when there is none.</summary>
    public bool EndRelationship(string arn, string nino, AgentType agentType)
    {
        lock (_lock)
        {
            if (_relationships.GetValueOrDefault(nino)?.GetValueOrDefault(arn)?.Type != agentType)
            {
                return false;
            }

            EndRelationshipLocked(arn, nino, Now);
            return true;
        }
    }

    private RespondResult Respond(string id, InvitationStatus status)
    {
        lock (_lock)
        {
            if (!_invitations.TryGetValue(id, out var invitation))
            {
                return RespondResult.NotFound;
            }

            var now = Now;
            if (invitation.StatusAt(now) != InvitationStatus.Pending)
            {
                return RespondResult.NotPending;
            }

            _invitations[id] = invitation with { Status = status, Updated = now };
            if (status == InvitationStatus.Accepted)
            {
                AddRelationshipLocked(invitation.Arn, invitation.Nino, invitation.AgentType, id, now);
            }

            return RespondResult.Done;
        }
    }

    // A new main agent replaces the client's earlier one, and an agent's new type replaces its old one.
    private void AddRelationshipLocked(
        string arn,
        string nino,
        AgentType agentType,
        string? invitationId,
        DateTimeOffset now)
    {
        if (!_relationships.TryGetValue(nino, out var agents))
        {
            agents = new Dictionary<string, Relationship>(StringComparer.Ordinal);
            _relationships[nino] = agents;
        }

        var replaced = agents
            .Where(pair => pair.Key == arn || (agentType == AgentType.Main && pair.Value.Type == AgentType.Main))
            .Select(pair => pair.Key)
            .ToList();
        foreach (var replacedArn in replaced)
        {
            EndRelationshipLocked(replacedArn, nino, now);
        }

        agents[arn] = new Relationship(agentType, invitationId);
    }

    private void EndRelationshipLocked(string arn, string nino, DateTimeOffset now)
    {
        var agents = _relationships[nino];
        var ended = agents[arn];
        agents.Remove(arn);
        if (ended.InvitationId is { } invitationId)
        {
            _invitations[invitationId] = _invitations[invitationId] with
            {
                Status = InvitationStatus.Deauthorised,
                Updated = now,
            };
        }
    }

    // HMRC's invitation ids are 13 upper-case letters and digits; the first letter is the service's.
    private static string NewInvitationId() => "A" + RandomNumberGenerator.GetString(IdCharacters, 12);

    private sealed record Relationship(AgentType Type, string? InvitationId);
}
