#if NET
// The engine's hot methods keep spans and small structs on the stack; every local is assigned before it is read
// (the compiler checks it) and the two stackalloc buffers (TextFacts.Sha256Hex) are written whole before use, so the
// runtime's zeroing of each frame on entry is work for nothing.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
#endif
