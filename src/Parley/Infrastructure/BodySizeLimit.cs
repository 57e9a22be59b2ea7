using Microsoft.AspNetCore.Http.Features;

namespace Parley.Infrastructure;

internal sealed class BodyTooLargeException(long limit) : Exception($"The request body is larger than {limit} bytes.");

/// <summary>
/// Caps request bodies for every host (Kestrel and the in-memory test server alike): a declared
/// Content-Length over the limit is refused at once, a chunked body is cut off when it passes it.
/// </summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app, long limit) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            throw new BodyTooLargeException(limit);
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        if (request.ContentLength is null && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            request.Body = new LimitedStream(request.Body, limit);
        }

        await next(context);
    });

    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int n)
        {
            _read += n;
            return _read > limit ? throw new BodyTooLargeException(limit) : n;
        }
    }
}
