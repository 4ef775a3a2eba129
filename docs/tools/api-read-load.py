#!/usr/bin/env python3
"""Read load on a running Sangsaeng: GET requests on several API lists from N threads for S seconds.

Usage: python3 docs/tools/api-read-load.py TOKEN SECONDS THREADS [BASE_URL]
TOKEN is a bearer token from POST /api/v1/auth/tokens. Prints the answers by status, the
requests per second and the latency p50/p95. Used for docs/benchmarks.md ("What each part needs").
"""
import collections
import sys
import threading
import time
import urllib.error
import urllib.request

token, seconds, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
base = sys.argv[4] if len(sys.argv) > 4 else "http://localhost:8080"
paths = ["/api/v1/tasks", "/api/v1/purchases", "/api/v1/coops", "/api/v1/notifications", "/api/v1/jobs",
         "/api/v1/me", "/api/v1/statistics"]
codes, latencies, lock = collections.Counter(), [], threading.Lock()
end = time.time() + seconds


def work(start):
    k = start
    while time.time() < end:
        path = paths[k % len(paths)]
        k += 1
        sent = time.time()
        try:
            with urllib.request.urlopen(urllib.request.Request(base + path, headers={
                    "Authorization": "Bearer " + token}), timeout=30) as answer:
                answer.read()
                code = answer.status
        except urllib.error.HTTPError as e:
            code = e.code
        except Exception as e:  # connection refused, timeout: counted by kind
            code = type(e).__name__
        with lock:
            codes[code] += 1
            latencies.append(time.time() - sent)


workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
latencies.sort()
print(dict(codes), "%.1f requests/s" % (len(latencies) / seconds),
      "p50 %.0f ms p95 %.0f ms" % (latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * .95)] * 1000))
