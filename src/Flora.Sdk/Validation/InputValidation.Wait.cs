using Flora.Sdk.Models;

namespace Flora.Sdk.Validation;

internal static partial class InputValidation
{
    /// <summary>The longest first pause a wait takes between two looks at an asset.</summary>
    public static readonly TimeSpan MaxPollInterval = TimeSpan.FromHours(1);

    public static void WaitOptions(AssetWaitOptions? wait, string paramName)
    {
        if (wait is null)
        {
            throw new ArgumentNullException(paramName, "Pass new AssetWaitOptions() for the defaults (2 minutes; a look every second, backing off to 5 s).");
        }

        WaitTimes(wait.Timeout, wait.PollInterval, paramName);
    }

    /// <summary>A run's wait options; null is the defaults (10 minutes; 1 s backing off to 5 s).</summary>
    public static void WaitOptions(RunWaitOptions? wait, string paramName)
    {
        if (wait is not null)
        {
            WaitTimes(wait.Timeout, wait.PollInterval, paramName);
        }
    }

    private static void WaitTimes(TimeSpan? timeout, TimeSpan? pollInterval, string paramName)
    {
        Timeout(timeout, $"{paramName}.{nameof(AssetWaitOptions.Timeout)}");
        if (pollInterval is { } interval && (interval <= TimeSpan.Zero || interval > MaxPollInterval))
        {
            throw new ArgumentOutOfRangeException(
                $"{paramName}.{nameof(AssetWaitOptions.PollInterval)}",
                interval,
                "PollInterval must be positive and at most 1 hour (it is the first pause between two looks); leave it null for 1 second.");
        }
    }
}
