import type { RougeTask } from './systems.js';

/** A summary file by its base name (no folder). */
export interface NamedText {
  name: string;
  text: string;
}

/** Why a set of peer and reference files does not form tasks; the CLI turns it into an `InputError`. */
export interface LayoutProblem {
  name: string;
  reason: string;
}

/** The task id of a DUC-style file name: everything before the first `.` (`d30001.m.100.t.a` → `d30001`). */
export function taskIdOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

/** The system id of a DUC-style peer file name: everything after the last `.` (`d30001.ICSISumm` → `ICSISumm`). */
export function systemIdOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? undefined : name.slice(dot + 1);
}

/**
 * Groups peer and reference files into tasks, DUC style: a file's task is its
 * name up to the first `.`, a peer's system is its name after the last `.`.
 * Tasks come sorted by id; references keep the order given.
 */
export function tasksFromFiles(peers: readonly NamedText[], references: readonly NamedText[]): RougeTask[] | LayoutProblem {
  const referencesByTask = new Map<string, string[]>();
  for (const reference of references) {
    const task = taskIdOf(reference.name);
    referencesByTask.set(task, [...(referencesByTask.get(task) ?? []), reference.text]);
  }
  const peersByTask = new Map<string, Record<string, string>>();
  for (const peer of peers) {
    const system = systemIdOf(peer.name);
    if (system === undefined) return { name: peer.name, reason: 'a peer file is named TASK.SYSTEM (e.g. d30001.ICSISumm); this name has no system part' };
    const task = taskIdOf(peer.name);
    if (!referencesByTask.has(task)) return { name: peer.name, reason: `no reference for task ${JSON.stringify(task)} (expected files named ${task}.* among the references)` };
    const known = peersByTask.get(task) ?? {};
    if (system in known) return { name: peer.name, reason: `a second summary by system ${JSON.stringify(system)} for task ${JSON.stringify(task)}` };
    peersByTask.set(task, { ...known, [system]: peer.text });
  }
  return [...peersByTask.keys()].sort().map((task) => ({
    id: task,
    references: referencesByTask.get(task) as string[],
    peers: peersByTask.get(task) as Record<string, string>,
  }));
}
