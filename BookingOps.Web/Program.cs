var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
var app = builder.Build();
app.MapStaticAssets();
app.MapRazorComponents<BookingOps.Web.Components.App>().AddInteractiveServerRenderMode();
app.Run();
