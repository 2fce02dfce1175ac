using PropertyOps.Samples;

return SampleApp.Run(args);
