using BenchmarkDotNet.Running;
using Extractor.Benchmarks;
using Extractor.Benchmarks.QueueLoad;

if (args is ["--load-queue", .. var loadArgs])
{
    return await QueueLoadRunner.RunAsync(loadArgs);
}

if (args is ["export-load", ..]) return await ExportLoadRunner.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
