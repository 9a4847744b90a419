using System.Threading.Channels;

namespace HookSync.Simulator.Store;

/// <summary>One open watch: a filter and the unbounded channel the store writes matching events to, in order.</summary>
internal sealed class Watcher(Func<WatchEvent, bool> filter)
{
    private readonly Channel<WatchEvent> _channel = Channel.CreateUnbounded<WatchEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<WatchEvent> Events => _channel.Reader;

    public void Offer(WatchEvent change)
    {
        if (filter(change))
        {
            _channel.Writer.TryWrite(change);
        }
    }

    public void Complete() => _channel.Writer.TryComplete();
}
