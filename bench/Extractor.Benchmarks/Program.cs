using BenchmarkDotNet.Running;
using Extractor.Benchmarks;

if (args is ["export-load", ..]) return await ExportLoadRunner.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
