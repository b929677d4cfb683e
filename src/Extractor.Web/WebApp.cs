namespace Extractor.Web;

/// <summary>Builds the review web application.</summary>
public static class WebApp
{
}
