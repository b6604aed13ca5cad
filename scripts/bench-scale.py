"""Writes the "## Office scale" section of docs/PERFORMANCE.md from bench_scale's output."""
import datetime, os, platform, re, sys


def machine():
    model = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.machine()} {model}, {os.cpu_count()} cores".replace("  ", " ")


out, doc, cold = sys.argv[1], sys.argv[2], sys.argv[3] == "yes"
results, info = {}, {}
for line in open(out):
    m = re.match(r"RESULT (\S+) (\S+) (\S+) goal (\S+) (\S+)", line)
    if m:
        results[m.group(1)] = m.groups()[1:]
    elif line.startswith("INFO "):
        key, _, value = line[5:].strip().partition(" ")
        info[key] = value
rows = [
    ("SLA dashboard refresh (median of 5)", "dashboard_ms", "dashboard_bare_sql_ms"),
    ("`report sla --json`, figures and JSON (median of 5)", "report_sla_json_ms", "report_sla_bare_sql_ms"),
    ("overdue filter, first page of 50 (median of 7)", "overdue_first_page_ms", "overdue_first_page_bare_sql_ms"),
    ("name search, first page (median of 5 names)", "search_name_ms", "search_name_bare_fts_ms"),
    ("a deep page of the case list by keyset (median of 7)", "deep_page_keyset_ms", "deep_page_offset_ms"),
    ("supervisor signed in to main window shown", "signin_to_window_ms", None),
    ("supervisor signed in to dashboard painted", "signin_to_painted_dashboard_ms", None),
    ("import 100,000 CSV rows into it", "import_rows_s", None),
    ("peak memory of the process after the import", "import_peak_memory_mb", "peak_memory_before_import_mb"),
]
lines = ["## Office scale", "",
         "`scripts/bench-scale` (tests/bench/bench_scale.cpp): a copy of the 1,000,000-case database `bench_cases` "
         "makes (kept in /tmp/loket-bench-1m/pristine and reused), measured "
         + ("from a cold OS file cache. " if cold else "with whatever the OS file cache held. ")
         + "The bare-SQL column is the same figure from the SQL alone on the same connection in the same run "
         "(for the dashboard and `report sla`: the very statements the dashboard runs, each stepped to its last row; "
         "for the deep page: the old OFFSET page; for memory: the peak before the import). "
         f"{machine()}, {datetime.date.today().isoformat()}.", "",
         "| measure | Loket | bare SQL / before | goal | |", "|---|---:|---:|---:|---|"]
for title, key, bare in rows:
    if key not in results:
        continue
    value, unit, goal, verdict = results[key]
    other = f"{info[bare]} {'MB' if unit == 'MB' else 'ms'}" if bare and bare in info else "–"
    lines.append(f"| {title} | {value} {unit} | {other} | {goal} {unit} | {verdict} |")
lines.append("")
for key in ("open_and_migrate_ms", "dashboard_first_ms", "dashboard_open", "dashboard_refresh_ui_thread_cpu_ms",
            "dashboard_pdf_ui_thread_ms", "dashboard_pdf_worker_ms", "deep_page_at", "import_cpu_s"):
    if key in info:
        lines.append(f"- {key}: {info[key]}")
for key, value in info.items():
    if (key.startswith("search_name_") and key != "search_name_bare_fts_ms") or key.startswith("sort_"):
        lines.append(f"- {key}: {value}")
lines.append("")
section = "\n".join(lines)
text = open(doc).read()
# Up to the next heading: the "###" notes below the figures are written by hand and kept.
pattern = re.compile(r"^## Office scale\n.*?(?=^##+ |\Z)", re.S | re.M)
text = pattern.sub(section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
