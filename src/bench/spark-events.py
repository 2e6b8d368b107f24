#!/usr/bin/env python3
"""Summarises a Spark event log folder (eventlog_v2_*, zstd-compressed by default; needs the zstd command):
per stage its tasks, time and the augur.pipelineLoads accumulator, then which tasks loaded a pipeline.
Usage: src/bench/spark-events.py /tmp/spark-events/eventlog_v2_local-…"""
import glob, json, os, subprocess, sys

def events(path):
    for f in sorted(glob.glob(os.path.join(path, "events_*"))) if os.path.isdir(path) else [path]:
        data = subprocess.run(["zstd", "-dc", f], capture_output=True, check=True).stdout if f.endswith(".zstd") \
            else open(f, "rb").read()
        for line in data.decode("utf-8").splitlines():
            yield json.loads(line)

stages, loads, executors, app = {}, [], set(), {}
for e in events(sys.argv[1]):
    ev = e["Event"]
    if ev == "SparkListenerStageCompleted":
        s = e["Stage Info"]
        acc = {a["Name"]: a.get("Value") for a in s.get("Accumulables", []) if a.get("Name", "").startswith("augur")}
        stages[s["Stage ID"]] = (s["Stage Name"].split(" at ")[0], s["Number of Tasks"],
                                 (s["Completion Time"] - s["Submission Time"]) / 1000, acc)
    elif ev == "SparkListenerTaskEnd":
        executors.add(e["Task Info"]["Executor ID"])
        for a in e["Task Info"].get("Accumulables", []):
            if a.get("Name") == "augur.pipelineLoads" and str(a.get("Update")) != "0":
                loads.append((e["Stage ID"], e["Task Info"]["Task ID"], e["Task Info"]["Executor ID"]))
    elif ev in ("SparkListenerApplicationStart", "SparkListenerApplicationEnd"):
        app[ev] = e["Timestamp"]
tasks = sum(s[1] for s in stages.values())
for sid, (name, n, secs, acc) in sorted(stages.items()):
    if secs >= 1 or acc:
        print(f"stage {sid:3d} {name:12.12s} {n:4d} tasks {secs:6.1f} s {acc if acc else ''}")
print(f"{len(stages)} stages, {tasks} tasks on executors {sorted(executors)}")
print(f"pipeline loads: {len(loads)} (stage, task, executor: {loads})")
if len(app) == 2:
    print("application %.1f s" % ((app["SparkListenerApplicationEnd"] - app["SparkListenerApplicationStart"]) / 1000))
