namespace Flora.Sdk;

/// <summary>The FLORA API client; an interface so that your code can be tested with a fake.</summary>
public interface IFloraClient
{
    /// <summary>Upload, list, retrieve, complete and retry media assets.</summary>
    IAssetService Assets { get; }

    /// <summary>Attach assets to projects.</summary>
    IProjectService Projects { get; }
}
