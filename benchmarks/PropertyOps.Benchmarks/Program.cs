using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PropertyOps.Benchmarks.CalendarBenchmarks).Assembly).Run(args);
