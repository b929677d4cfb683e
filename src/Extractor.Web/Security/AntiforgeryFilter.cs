
namespace Extractor.Web.Security;

/// <summary>
/// Validates the antiforgery token of unsafe requests (form field or <c>X-CSRF-TOKEN</c> header) for endpoints
/// that bind no form parameter, where minimal APIs would not check it on their own.
/// </summary>
public static class AntiforgeryFilter
{
    public static async ValueTask<object?> RequireOnUnsafeMethodsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem("Missing or invalid antiforgery token (send it in the X-CSRF-TOKEN header)", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }
}
