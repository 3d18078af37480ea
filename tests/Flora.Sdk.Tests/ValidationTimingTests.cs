// The rule (STYLE.md §5, issue 28): a method that returns a Task reports an argument error in the task it returns
// (faulted, never thrown from the call), so `await` is the one place a caller handles it. A method that returns an
// AsyncPageable or IAsyncEnumerable, or is synchronous, throws at once, because nothing of it runs until enumeration
// and a bad argument should fail where it was written.
using System.Reflection;
using Flora.Sdk.Tests.TestSupport;

namespace Flora.Sdk.Tests;

/// <summary>Calls every public service call with null required arguments and invalid options, and checks when the error comes.</summary>
public class ValidationTimingTests
{
    private static readonly RequestOptions s_badOptions = new() { MaxRetries = -1 };

    [Fact]
    public async Task EveryPublicCall_ReportsArgumentErrors_InItsTaskOrAtOnceForPageables()
    {
        using var client = new StubApi().Client();
        var targets = new List<(object? Target, MethodInfo Method)>();
        foreach (var (instance, type) in new (object, Type)[]
        {
            (client, typeof(IFloraClient)),
            (client.Assets, typeof(IAssetService)),
            (client.Assets.WithRawResponse, typeof(IAssetServiceWithRawResponse)),
            (client.Projects, typeof(IProjectService)),
            (client.Projects.WithRawResponse, typeof(IProjectServiceWithRawResponse)),
            (client.Workspaces, typeof(IWorkspaceService)),
            (client.Workspaces.WithRawResponse, typeof(IWorkspaceServiceWithRawResponse)),
            (client.Feedback, typeof(IFeedbackService)),
            (client.Feedback.WithRawResponse, typeof(IFeedbackServiceWithRawResponse)),
        })
        {
            targets.AddRange(type.GetMethods().Where(m => !m.IsSpecialName).Select(m => ((object?)instance, m)));
        }

        // The public extension methods of the SDK on its services (the batch uploads).
        targets.AddRange(typeof(FloraClient).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Namespace == "Flora.Sdk")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(IAssetService))
            .Select(m => ((object?)null, m)));

        var offenders = new List<string>();
        foreach (var (target, method) in targets)
        {
            var name = $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
            var arguments = method.GetParameters().Select(p => Argument(p, client)).ToArray();
            var isTask = typeof(Task).IsAssignableFrom(method.ReturnType);
            object? returned;
            try
            {
                returned = method.Invoke(target, arguments);
            }
            catch (TargetInvocationException thrown)
            {
                if (isTask)
                {
                    offenders.Add($"{name} threw {thrown.InnerException!.GetType().Name} at once: it returns a Task, so make it async (or return Task.FromException) so the error faults the task.");
                }
                else if (thrown.InnerException is not ArgumentException)
                {
                    offenders.Add($"{name} threw {thrown.InnerException!.GetType().Name}, not an ArgumentException, for a null argument or invalid options.");
                }

                continue;
            }

            if (!isTask)
            {
                offenders.Add($"{name} returned without an error: it returns {method.ReturnType.Name}, so it must validate its arguments at once, before enumeration.");
                continue;
            }

            var task = (Task)returned!;
            var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
            if (finished != task || task.Exception?.InnerException is not ArgumentException)
            {
                offenders.Add($"{name} did not fault its task with an ArgumentException for a null argument or invalid options ({task.Status}, {task.Exception?.InnerException?.GetType().Name}): validate before sending.");
            }
        }

        Assert.True(targets.Count > 20, $"only {targets.Count} calls found");
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>A required argument is null (or its default), the options break a rule, the rest keep their defaults.</summary>
    private static object? Argument(ParameterInfo parameter, FloraClient client) =>
        parameter.ParameterType == typeof(RequestOptions) ? s_badOptions
        : parameter.ParameterType == typeof(IAssetService) ? client.Assets
        : parameter.HasDefaultValue ? parameter.DefaultValue
        : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
        : null;
}
