vcl 4.1;

# Varnish in front of the site (docs/deployment.md, docs/caching.md).
#
# - Honours the site's Cache-Control: public pages for max-age, search results for their
#   short max-age; private, no-cache and no-store responses and any response that sets a
#   cookie are never kept (Varnish's built-in rules, restated below where they matter).
# - Requests with a session cookie (editors) always go to the site; other cookies are
#   dropped from GET and HEAD requests, since public pages never read them.
# - Query parameters the site does not read (utm_source, fbclid, ...) are removed, so they
#   cannot split or bust the cache.
# - PURGE is accepted from the purgers below only (the site's web hosts): "PURGE /ru/news/"
#   drops that address with any query string, "PURGE /ru/*" everything under /ru/.
#
# The site is told where to send purges with FRONTEND_CACHE_PURGE_URL=http://<this varnish>.

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.url ~ "\*$") {
            ban("obj.http.X-Cache-Host == " + req.http.host + " && obj.http.X-Cache-Url ~ ^" + regsub(req.url, "\*$", ""));
        } else {
            ban("obj.http.X-Cache-Host == " + req.http.host + " && obj.http.X-Cache-Path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|healthz)/") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    unset req.http.Cookie;

    # Keep only the parameters the site reads: q, type, any and page on search, page elsewhere.
    if (req.url ~ "^/[a-z-]+/search/") {
        set req.url = regsuball(req.url, "(?<=[?&])(?!(?:q|type|any|page)=)[^&]*(&|$)", "");
    } else {
        set req.url = regsuball(req.url, "(?<=[?&])(?!page=)[^&]*(&|$)", "");
    }
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_backend_response {
    # What a PURGE matches on (removed again before delivery).
    set beresp.http.X-Cache-Host = bereq.http.host;
    set beresp.http.X-Cache-Url = bereq.url;
    set beresp.http.X-Cache-Path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-cache|no-store)"
            || !beresp.http.Cache-Control) {
        # Hit-for-miss for two minutes, as Varnish's built-in rule does: such requests go
        # straight to the site instead of queueing behind each other.
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.X-Cache-Host;
    unset resp.http.X-Cache-Url;
    unset resp.http.X-Cache-Path;
    # Whether an address was served from the cache says that someone asked for it recently;
    # for a search that would tell what people search for.
    unset resp.http.X-Varnish;
    unset resp.http.Via;
    if (req.url ~ "^/[a-z-]+/search/") {
        unset resp.http.Age;
    }
}
