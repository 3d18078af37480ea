namespace Flora.Sdk;

/// <summary>One entry of the error envelope's <c>fields</c> list: which input was wrong and why.</summary>
/// <param name="Field">The input's name, for example <c>workspace_id</c>.</param>
/// <param name="Message">What is wrong with it, for example <c>Required</c>.</param>
public sealed record FloraFieldError(string Field, string Message);
