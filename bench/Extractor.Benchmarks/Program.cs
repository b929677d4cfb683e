using BenchmarkDotNet.Running;
using Extractor.Benchmarks.QueueLoad;

if (args is ["--load-queue", .. var loadArgs])
{
    return await QueueLoadRunner.RunAsync(loadArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
