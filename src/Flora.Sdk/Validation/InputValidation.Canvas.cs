using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

// The rules of the canvas calls: a project's canvas, the workspace's projects, their graph, definition and changesets.
internal static partial class InputValidation
{
    /// <summary>FLORA takes at most this many nodes in one node run.</summary>
    public const int MaxNodesPerRun = 50;

    /// <summary>A project folder id: FLORA's start with <c>fld_</c>.</summary>
    public static void FolderId(string? folderId, string paramName)
    {
        Id(folderId, paramName, "project folder id", "fld_abc123");
        RequirePrefix(folderId!, "fld_", paramName, "project folder id");
    }

    public static void WorkspaceProjectCreateParams(WorkspaceProjectCreateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        RequiredText(parameters.Name, $"{paramName}.{nameof(Models.WorkspaceProjectCreateParams.Name)}", "The project name", "'Spring campaign'");
    }

    public static void ProjectCanvasUpdateParams(ProjectCanvasUpdateParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        RequiredText(parameters.Diagram, $"{paramName}.{nameof(Models.ProjectCanvasUpdateParams.Diagram)}", "The Mermaid diagram", "'graph LR\\n  a[\"Photo (Image)\"]'");
        if (parameters.NodeParams is not { } nodes)
        {
            return;
        }

        var name = $"{paramName}.{nameof(Models.ProjectCanvasUpdateParams.NodeParams)}";
        foreach (var (node, settings) in nodes)
        {
            NodeRef(node, name, "A node_params key (a Mermaid node id)");
            if (settings is null)
            {
                throw new ArgumentException($"The settings of node '{node}' are null: leave the node out instead.", name);
            }

            if (settings.ContentUrl is not null && settings.Prompt is not null)
            {
                throw new ArgumentException($"Node '{node}' sets both ContentUrl and Prompt: FLORA takes one, existing media or a prompt to generate.", name);
            }

            OptionalHttpsUrl(settings.ContentUrl, $"{name}[{node}].{nameof(CanvasNodeParams.ContentUrl)}");
        }
    }

    public static void ProjectRunNodesParams(ProjectRunNodesParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        var name = $"{paramName}.{nameof(Models.ProjectRunNodesParams.NodeIds)}";
        if (parameters.NodeIds is not { Count: > 0 and <= MaxNodesPerRun } ids)
        {
            throw new ArgumentException(
                $"Name 1 to {MaxNodesPerRun} nodes to run (their short ids or UUIDs from GraphAsync); {parameters.NodeIds?.Count ?? 0} were given.", name);
        }

        foreach (var id in ids)
        {
            NodeRef(id, name, "A node id");
        }
    }

    public static void CanvasReplaceDefinitionParams(CanvasReplaceDefinitionParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        var name = $"{paramName}.{nameof(Models.CanvasReplaceDefinitionParams.Definition)}";
        ArgumentNullException.ThrowIfNull(parameters.Definition, name);
        foreach (var node in parameters.Definition.Nodes)
        {
            if (node is null)
            {
                throw new ArgumentException("A node of the definition is null: every node needs its id and type.", name);
            }

            NodeRef(node.Id, $"{name}.{nameof(CanvasDefinition.Nodes)}", "A node's id");
            RequiredText(node.Type, $"{name}.{nameof(CanvasDefinition.Nodes)}", $"The type of node '{node.Id}'", "'textBlock'");
        }

        foreach (var edge in parameters.Definition.Edges)
        {
            if (edge is null)
            {
                throw new ArgumentException("An edge of the definition is null: every edge needs its id, source and target.", name);
            }

            var edges = $"{name}.{nameof(CanvasDefinition.Edges)}";
            NodeRef(edge.Id, edges, "An edge's id");
            NodeRef(edge.Source, edges, $"The source of edge '{edge.Id}'");
            NodeRef(edge.Target, edges, $"The target of edge '{edge.Id}'");
        }
    }

    public static void CanvasApplyChangesetParams(CanvasApplyChangesetParams? parameters, string paramName)
    {
        ArgumentNullException.ThrowIfNull(parameters, paramName);
        foreach (var add in Items(parameters.Add, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Add)}"))
        {
            var name = $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Add)}";
            NodeRef(add.Ref, name, "An add operation's ref");
            RequiredText(add.Type, name, $"The type of added node '{add.Ref}'", "'image'");
            if (add.ContentUrl is not null && (add.Prompt ?? add.Model ?? (object?)add.Params) is not null)
            {
                throw new ArgumentException(
                    $"Added node '{add.Ref}' sets ContentUrl with a prompt, model or params: existing media is placed as it is; drop one or the other.", name);
            }

            OptionalHttpsUrl(add.ContentUrl, $"{name}.{nameof(CanvasAddOperation.ContentUrl)}");
            OptionalText(add.Group, $"{name}.{nameof(CanvasAddOperation.Group)}");
        }

        foreach (var update in Items(parameters.Update, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Update)}"))
        {
            NodeRef(update.Id, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Update)}", "An update operation's node id");
        }

        Edges(parameters.Connect, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Connect)}");
        Edges(parameters.Disconnect, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Disconnect)}");
        foreach (var remove in Items(parameters.Remove, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Remove)}"))
        {
            NodeRef(remove.Id, $"{paramName}.{nameof(Models.CanvasApplyChangesetParams.Remove)}", "A remove operation's node id");
        }
    }

    private static void Edges(IReadOnlyList<CanvasEdgeOperation>? edges, string name)
    {
        foreach (var edge in Items(edges, name))
        {
            NodeRef(edge.From, name, "An edge's from");
            NodeRef(edge.To, name, "An edge's to");
            OptionalText(edge.In, name);
        }
    }

    /// <summary>The items of an optional operation list, none null.</summary>
    private static IEnumerable<T> Items<T>(IReadOnlyList<T?>? items, string name)
        where T : class
    {
        foreach (var item in items ?? [])
        {
            yield return item ?? throw new ArgumentException("An operation in the list is null: leave it out instead.", name);
        }
    }

    /// <summary>A node's short id, UUID or ref: text without whitespace, and not <c>.</c> or <c>..</c>.</summary>
    private static void NodeRef(string? value, string paramName, string what)
    {
        RequiredText(value, paramName, what, "'n3'");
        if (value is "." or ".." || HasWhitespaceOrControl(value!))
        {
            throw new ArgumentException($"{what} '{value!.Trim()}' is not an id: pass it exactly as GraphAsync reports it, for example 'n3'.", paramName);
        }
    }

    /// <summary>An optional URL FLORA fetches: an absolute https URL.</summary>
    private static void OptionalHttpsUrl(string? value, string paramName)
    {
        if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{value}' is not an https URL: FLORA fetches the media from a public https address.", paramName);
        }
    }
}
