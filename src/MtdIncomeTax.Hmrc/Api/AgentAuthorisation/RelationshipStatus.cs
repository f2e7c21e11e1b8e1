namespace MtdIncomeTax.Hmrc.Api.AgentAuthorisation;

/// <summary>Whether the agent may act for the client in the service and as the agent type checked.</summary>
public enum RelationshipStatus
{
    /// <summary>HMRC returned 204: the client has authorised the agent.</summary>
    Active,

    /// <summary>HMRC returned 404 RELATIONSHIP_NOT_FOUND: the agent is not authorised, or no longer is.</summary>
    NotFound,
}
