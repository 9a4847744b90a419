using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HookSync.Integration.Tests.Git;

/// <summary>
/// A minimal HTTP git endpoint that demands Basic auth once, records the credentials the client then sends, and
/// answers 404, so a clone fails after proving which user name and token libgit2 presented.
/// </summary>
internal sealed class AuthChallengeServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    // The loop ends by itself when the listener stops (GetContextAsync throws); _loop is kept so it is not collected early.

    public AuthChallengeServer()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>The decoded <c>user:password</c> of the authenticated request, once one arrived.</summary>
    public string? ReceivedCredentials { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            var header = context.Request.Headers["Authorization"];
            if (header is not null && header.StartsWith("Basic ", StringComparison.Ordinal))
            {
                ReceivedCredentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
                context.Response.StatusCode = 404;
            }
            else
            {
                context.Response.StatusCode = 401;
                context.Response.AddHeader("WWW-Authenticate", "Basic realm=\"git\"");
            }
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
