/**
 * `<tasks-section>`: the back office's task types: how long they take, which skill they need,
 * internal workload besides handoffs from the counter, due times and late penalties.
 *
 * @fires scenario-edit - for every change, with the path changed.
 */
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Draft } from '../state/validation.js';
import { formatPath } from '../../sim/scenario-file/path.js';
import { ListSection } from './list-section.js';
import { withInserted, withRemoved } from './open-entries.js';
import { classNamesOf, openingOf, skillsOf, uniqueName } from './draft-info.js';
import './edit-field.js';
import './week-fields.js';
import './dist-field.js';
import './hourly-profile.js';

type Task = NonNullable<Draft['tasks']>[number];
type Workload = 'none' | 'perDay' | 'perHour';

function workloadOf(task: Task): Workload {
  if (task.arrivals === undefined) return 'none';
  return task.arrivals.perHour !== undefined ? 'perHour' : 'perDay';
}

@customElement('tasks-section')
export class TasksSection extends ListSection {
  /** The first task starts expanded. */
  protected override open = new Set<number>([0]);

  private get tasks(): readonly Task[] {
    return this.draft.tasks ?? [];
  }

  private add(): void {
    const name = uniqueName('task', classNamesOf(this.draft));
    const task: Task = { name, service: { dist: 'exponential', mean: 15 }, arrivals: { perDay: 10 }, latePenalty: 0, revenue: 0 };
    this.open = withInserted(this.open, this.tasks.length);
    this.edit(['tasks'], [...this.tasks, task]);
  }

  /** Removes the task and what points at it (handoffs, routing priority), which would not run without it. */
  private removeAt(i: number): void {
    const name = this.tasks[i]!.name;
    const draft: Draft = {
      ...this.draft,
      tasks: this.tasks.filter((_, k) => k !== i),
      customers: (this.draft.customers ?? []).map((c) => (c.handoffs === undefined ? c : { ...c, handoffs: c.handoffs.filter((h) => h.task !== name) })),
      ...(this.draft.policy?.priority !== undefined ? { policy: { ...this.draft.policy, priority: this.draft.policy.priority.filter((p) => p !== name) } } : {}),
    };
    this.open = withRemoved(this.open, i);
    this.edit([], draft);
  }

  private setWorkload(i: number, workload: Workload): void {
    const task = this.tasks[i]!;
    const path = ['tasks', i, 'arrivals'];
    // The weekday factors stay with the workload when its kind changes.
    const weekdays = task.arrivals?.weekdays === undefined ? {} : { weekdays: task.arrivals.weekdays };
    if (workload === 'none') this.edit(path, undefined);
    else if (workload === 'perDay') this.edit(path, { perDay: typeof task.arrivals?.perDay === 'number' ? task.arrivals.perDay : 10, ...weekdays });
    else this.edit(path, { perHour: 1, ...weekdays });
  }

  override render() {
    const skills = skillsOf(this.draft);
    const { open, hours } = openingOf(this.draft);
    return html`
      <p class="intro">Work without a customer at the counter: orders to fulfil, cases to resolve. Tasks queue per type and are worked by staff posted in the back office who hold the skill; unfinished work carries over to the next day.</p>
      ${this.tasks.length === 0 ? html`<p class="empty-note">No back-office tasks.</p>` : nothing}
      ${this.tasks.map((t, i) => this.renderTask(t, i, skills, open, hours))}
      <div class="list-actions"><button type="button" @click=${this.add}>+ Add task type</button></div>
    `;
  }

  private renderTask(t: Task, i: number, skills: string[], open: number, hours: number) {
    const base = ['tasks', i];
    const errorCount = this.errors.countWithin(formatPath(base));
    const workload = workloadOf(t);
    const skillOptions = [{ value: '', label: `${t.name} (its name)` }, ...skills.filter((s) => s !== t.name).map((s) => ({ value: s, label: s }))];
    const meta = workload === 'perDay' ? `${t.arrivals?.perDay ?? '?'}/day + handoffs` : workload === 'perHour' ? 'hourly + handoffs' : 'handoffs only';
    return html`<details class="item" ?open=${this.open.has(i)} @toggle=${(e: Event) => this.toggle(i, e)} data-path=${formatPath(base)}>
      <summary>
        <span class="item-title">${t.name || 'Unnamed task'}</span>
        <span class="item-meta">${meta}</span>
        ${errorCount > 0 ? html`<span class="badge" aria-label="${errorCount} problems">${errorCount}</span>` : nothing}
      </summary>
      <div class="item-body">
        <div class="grid">
          <edit-field .label=${'Name'} .path=${[...base, 'name']} .value=${t.name} kind="text" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Skill needed'} .path=${[...base, 'skill']} .value=${t.skill ?? ''} kind="select" .options=${skillOptions} .errors=${this.errors}></edit-field>
          <edit-field .label=${'Due within'} .path=${[...base, 'dueMinutes']} .value=${t.dueMinutes} kind="number" min="0" unit="min" placeholder="no due time" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Penalty if late'} .path=${[...base, 'latePenalty']} .value=${t.latePenalty} kind="number" min="0" placeholder="0" .errors=${this.errors}></edit-field>
          <edit-field .label=${'Revenue when done'} .path=${[...base, 'revenue']} .value=${t.revenue} kind="number" min="0" placeholder="0" .errors=${this.errors}></edit-field>
        </div>
        <dist-field .label=${'Work time (at full proficiency)'} .path=${[...base, 'service']} .value=${t.service} .errors=${this.errors}></dist-field>
        <div class="sub">
          <div class="sub-head">
            <label for="workload-${i}">Internal workload, besides handoffs</label>
            <select id="workload-${i}" @change=${(e: Event) => this.setWorkload(i, (e.target as HTMLSelectElement).value as Workload)}>
              <option value="none" ?selected=${workload === 'none'}>None</option>
              <option value="perDay" ?selected=${workload === 'perDay'}>Per day</option>
              <option value="perHour" ?selected=${workload === 'perHour'}>Per hour</option>
            </select>
          </div>
          ${workload === 'perDay'
            ? html`<div class="grid"><edit-field .label=${'Tasks per day'} .path=${[...base, 'arrivals', 'perDay']} .value=${t.arrivals?.perDay} kind="number" min="0" unit="per day" .errors=${this.errors}></edit-field></div>`
            : workload === 'perHour'
              ? html`<hourly-profile .label=${'Tasks per hour'} .path=${[...base, 'arrivals', 'perHour']} .value=${t.arrivals?.perHour} .hours=${hours} .open=${open} .errors=${this.errors}></hourly-profile>`
              : nothing}
          ${workload !== 'none' && (this.draft.calendar?.firstWeekday !== undefined || t.arrivals?.weekdays !== undefined)
            ? html`<weekday-factors .label=${'Workload per weekday'} .path=${[...base, 'arrivals']} .value=${t.arrivals?.weekdays} .errors=${this.errors}></weekday-factors>`
            : nothing}
          ${this.errors.at(formatPath([...base, 'arrivals'])).map((m) => html`<p class="error">${m}</p>`)}
        </div>
        <div class="item-actions">
          <button type="button" class="danger" @click=${() => this.removeAt(i)}>Remove ${t.name || 'task'}</button>
        </div>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tasks-section': TasksSection;
  }
}
