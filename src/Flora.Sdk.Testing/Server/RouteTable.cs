using Microsoft.AspNetCore.Http;

namespace Flora.Sdk.Testing.Server;

/// <summary>Which route a request is, from its method and path alone (before any body is read), with the ids in the path.</summary>
internal static class RouteTable
{
    public static (EmulatorRoute Route, string[] Args) Classify(string method, string path)
    {
        var s = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var post = method == HttpMethods.Post;
        var get = method == HttpMethods.Get;
        if (s is ["upload", var token] && (post || method == HttpMethods.Put))
        {
            return (EmulatorRoute.Upload, [token]);
        }

        if (s is ["files", var asset, ..] && get)
        {
            return (EmulatorRoute.Content, [asset]);
        }

        if (s.Length < 3 || s[0] != "api" || s[1] != "v1")
        {
            return (EmulatorRoute.Unknown, []);
        }

        return s[2..] switch
        {
            ["assets"] when post => (EmulatorRoute.Create, []),
            ["assets"] when get => (EmulatorRoute.List, []),
            ["assets", var id] when get => (EmulatorRoute.Retrieve, [id]),
            ["assets", var id, "complete"] when post => (EmulatorRoute.Complete, [id]),
            ["assets", var id, "retry"] when post => (EmulatorRoute.Retry, [id]),
            ["projects", var project, "assets", var id, "attach"] when post => (EmulatorRoute.Attach, [project, id]),
            ["workspaces"] when get => (EmulatorRoute.ListWorkspaces, []),
            ["projects"] when get => (EmulatorRoute.ListProjects, []),
            ["projects"] when post => (EmulatorRoute.CreateProject, []),
            ["projects", var project] when get => (EmulatorRoute.RetrieveProject, [project]),
            ["projects", var project, "nodes"] when get => (EmulatorRoute.ListProjectNodes, [project]),
            ["feedback"] when post => (EmulatorRoute.RecordFeedback, []),
            _ => (EmulatorRoute.Unknown, []),
        };
    }
}
