#if !NETSTANDARD2_0
// The netstandard2.0 build declares init-only setters with PolySharp's IsExternalInit (compiled into this assembly), so a
// netstandard2.0 library built against it calls set_X with modreq([Flora.Sdk]IsExternalInit). When that library runs
// in a net8.0+ app, this build of Flora.Sdk is loaded instead: forwarding the type to the BCL's makes both signatures
// the same method, instead of a MissingMethodException (found by .ci/consumer-check.sh, Flora.Consumer.Net8).
[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.Runtime.CompilerServices.IsExternalInit))]
#endif
