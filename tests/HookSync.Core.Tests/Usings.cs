global using TaskStatus = HookSync.Core.Reporting.TaskStatus;
