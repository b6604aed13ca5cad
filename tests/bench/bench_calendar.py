#!/usr/bin/python3
"""Working-calendar benchmark: Loket's index against numpy.busday_offset / busday_count.

Generates random inputs from a seed, runs bench_calendar (C++) and numpy on the same inputs with
the same holidays in the same run, checks that every answer agrees, prints ns/op and the ratio,
and rewrites the "## Working calendar" section of docs/PERFORMANCE.md.
"""
import argparse, json, os, platform, re, subprocess, sys, tempfile, time
import numpy as np

EPOCH = np.datetime64('1970-01-01', 'D')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--bench', required=True, help='path of the bench_calendar executable')
    p.add_argument('--pairs', type=int, default=1_000_000)
    p.add_argument('--seed', type=int, default=20260105)
    p.add_argument('--repeat', type=int, default=5)
    p.add_argument('--doc', default=None, help='docs/PERFORMANCE.md to update (omit to only print)')
    a = p.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        hol_file = os.path.join(tmp, 'holidays.txt')
        subprocess.run([a.bench, '--dump-holidays', hol_file], check=True)
        holidays, working_weekends = [], []
        for line in open(hol_file):
            kind, day = line.split()
            (holidays if kind == 'holiday' else working_weekends).append(day)
        if working_weekends:
            sys.exit('working weekend days cannot be given to numpy; use a calendar without them')
        cal = np.busdaycalendar(weekmask='1111100', holidays=np.array(holidays, dtype='datetime64[D]'))

        rng = np.random.default_rng(a.seed)
        lo = (np.datetime64('2025-01-01') - EPOCH).astype(np.int64)
        hi = (np.datetime64('2026-12-31') - EPOCH).astype(np.int64)
        start = rng.integers(lo, hi + 1, a.pairs, dtype=np.int32)
        n = rng.integers(1, 31, a.pairs, dtype=np.int32)
        frm = rng.integers(lo, hi + 1, a.pairs, dtype=np.int32)
        to = rng.integers(lo, hi + 1, a.pairs, dtype=np.int32)
        inputs = os.path.join(tmp, 'inputs.bin')
        results = os.path.join(tmp, 'results.bin')
        np.concatenate([start, n, frm, to]).astype('<i4').tofile(inputs)

        out = subprocess.run([a.bench, '--inputs', inputs, '--results', results, '--repeat', str(a.repeat)],
                             check=True, capture_output=True, text=True).stdout
        loket = json.loads(out.strip().splitlines()[-1])
        res = np.fromfile(results, dtype='<i4')
        loket_due, loket_between = res[:a.pairs], res[a.pairs:]

        # Same inputs as datetime64; the conversions are outside the timed calls.
        start_d = start.astype('datetime64[D]')
        # Loket counts working days after FROM up to and including TO; busday_count is [begin, end).
        frm_d = (frm + 1).astype('datetime64[D]')
        to_d = (to + 1).astype('datetime64[D]')
        add_ns, between_ns = [], []
        for _ in range(a.repeat):
            t = time.perf_counter_ns()
            # roll='backward' makes "the n-th working day after a non-working day" match Loket.
            due = np.busday_offset(start_d, n, roll='backward', busdaycal=cal)
            add_ns.append((time.perf_counter_ns() - t) / a.pairs)
            t = time.perf_counter_ns()
            between = np.busday_count(frm_d, to_d, busdaycal=cal)
            between_ns.append((time.perf_counter_ns() - t) / a.pairs)
        np_add, np_between = sorted(add_ns)[len(add_ns) // 2], sorted(between_ns)[len(between_ns) // 2]

        if not np.array_equal((due - EPOCH).astype(np.int64), loket_due.astype(np.int64)):
            sys.exit('MISMATCH: addWorkingDays differs from numpy.busday_offset')
        if not np.array_equal(between.astype(np.int64), loket_between.astype(np.int64)):
            sys.exit('MISMATCH: workingDaysBetween differs from numpy.busday_count')

    add_ratio = np_add / loket['add_working_days_ns']
    between_ratio = np_between / loket['working_days_between_ns']
    rows = [
        ('deadline: addWorkingDays / numpy.busday_offset', loket['add_working_days_ns'], np_add, add_ratio),
        ('count: workingDaysBetween / numpy.busday_count', loket['working_days_between_ns'], np_between, between_ratio),
    ]
    print(f"{'operation':50} {'Loket ns/op':>12} {'numpy ns/op':>12} {'ratio':>8}")
    for name, ours, theirs, ratio in rows:
        print(f"{name:50} {ours:12.2f} {theirs:12.2f} {ratio:7.1f}x")
    print(f"SlaClock::evaluate (whole clock, no numpy equivalent): {loket['clock_evaluate_ns']:.0f} ns/op")
    ok = add_ratio >= 10 and between_ratio >= 10
    print('goal (>= 10x faster than numpy):', 'met' if ok else 'NOT met')

    if a.doc:
        section = [
            '## Working calendar',
            '',
            f'`scripts/bench-calendar` (tests/bench/bench_calendar.cpp + bench_calendar.py), {a.pairs:,} random '
            f'(start, N) pairs with N in 1..30 and {a.pairs:,} random (from, to) pairs across 2025-2026 '
            f'(seed {a.seed}), the built-in 2025-2027 holidays and cuti bersama ({len(holidays)} weekdays) '
            f'given to numpy as its holiday list. Median of {a.repeat} runs; every answer of both sides '
            f'compared and equal. numpy {np.__version__}, Python {platform.python_version()}, '
            f'{platform.machine()}, {time.strftime("%Y-%m-%d")}.',
            '',
            '| operation | Loket ns/op | numpy ns/op | Loket faster by |',
            '|---|---:|---:|---:|',
        ]
        for name, ours, theirs, ratio in rows:
            section.append(f'| {name} | {ours:.2f} | {theirs:.2f} | {ratio:.1f}x |')
        section += ['',
                    f"A whole completion clock (`SlaClock::evaluate`: day 0, due date, used/left, state and "
                    f"ledger) takes {loket['clock_evaluate_ns']:.0f} ns per case, so the deadlines of a million "
                    f"cases are recomputed in about {loket['clock_evaluate_ns'] / 1000:.2f} s on one core.",
                    '',
                    f"Building the index (prefix counts over {loket['indexed_days']:,} days, once per calendar "
                    f"version): {loket['index_build_ms']:.2f} ms. Goal: at least 10x faster than numpy per "
                    f"operation: {'met' if ok else 'NOT met'}.", '']
        write_section(a.doc, '\n'.join(section))
    return 0 if ok else 1


def write_section(path, text):
    old = open(path, encoding='utf-8').read() if os.path.exists(path) else '# Performance\n'
    pattern = re.compile(r'^## Working calendar\n.*?(?=^## |\Z)', re.S | re.M)
    if pattern.search(old):
        new = pattern.sub(lambda _: text + '\n', old)
    else:
        new = old.rstrip('\n') + '\n\n' + text + '\n'
    open(path, 'w', encoding='utf-8').write(new)


if __name__ == '__main__':
    sys.exit(main())
