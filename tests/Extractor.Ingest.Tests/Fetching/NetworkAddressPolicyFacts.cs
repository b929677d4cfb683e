using System.Net;
using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class NetworkAddressPolicyFacts
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.31.255.1")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    public void IsPublic_RejectsNonPublicAddresses(string address) =>
        Assert.False(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void IsPublic_AcceptsPublicAddresses(string address) =>
        Assert.True(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void IsPermitted_AllowsOnlyThePrivateNetworksASourceNames()
    {
        IReadOnlyList<IPNetwork> allowed = [IPNetwork.Parse("10.20.0.0/16")];

        Assert.True(NetworkAddressPolicy.IsPermitted(IPAddress.Parse("10.20.5.5"), allowed));
        Assert.True(NetworkAddressPolicy.IsPermitted(IPAddress.Parse("::ffff:10.20.5.5"), allowed));
        Assert.False(NetworkAddressPolicy.IsPermitted(IPAddress.Parse("10.21.5.5"), allowed));
    }
}
