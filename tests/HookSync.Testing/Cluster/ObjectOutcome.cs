namespace HookSync.Testing.Cluster;

/// <summary>What the fake controllers make of an object once its completion delay has passed.</summary>
public enum ObjectOutcome
{
    /// <summary>Job Complete, Pod Succeeded (or Running and Ready with restartPolicy Always), Deployment Available, others Healthy.</summary>
    Succeed,

    /// <summary>Job Failed, Pod Failed, Deployment ProgressDeadlineExceeded, others Degraded.</summary>
    Fail,

    /// <summary>Never finishes: Job and Pod keep running, Deployment keeps progressing.</summary>
    StayProgressing,
}
