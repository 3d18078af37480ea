namespace Flora.Sdk;

/// <summary>The FLORA API client; an interface so that your code can be tested with a fake.</summary>
public interface IFloraClient
{
    /// <summary>Upload, list, retrieve, complete and retry media assets.</summary>
    IAssetService Assets { get; }

    /// <summary>List a workspace's projects and attach assets to them.</summary>
    IProjectService Projects { get; }

    /// <summary>List the workspaces the API key can use.</summary>
    IWorkspaceService Workspaces { get; }
}
