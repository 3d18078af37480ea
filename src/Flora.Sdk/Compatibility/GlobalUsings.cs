#if NETSTANDARD2_0
// On netstandard2.0 the shims in this folder stand in for APIs added in later .NET versions, so the rest of the code
// calls them with the same names it uses on net8.0+.
global using Flora.Sdk.Compatibility;
#endif
