/**
 * Events the trainer's elements send up to `<trainer-app>`, which owns the clock and the lesson.
 * They bubble and are composed, so they leave the shadow roots of the elements that send them.
 */

export const TRAINER_COMMANDS = [
  'toggle',
  'play',
  'pause',
  'step',
  'back',
  'restart',
  'end',
  'faster',
  'slower',
  'summary',
  'close',
  'fullscreen',
  'help',
  'next-day',
  'previous-day',
  'lessons',
  'jump-field',
  'caption',
] as const;
/**
 * `toggle` play/pause; `step`/`back` to the next/previous event; `restart` to the start of the day;
 * `end` to its end; `faster`/`slower` change the speed; `summary` opens the end-of-day slide; `close`
 * closes the slide or help; `next-day`/`previous-day` replay another simulated day; `lessons` goes
 * back to the lesson list; `jump-field` focuses the clock-time field; `caption` hides or shows the
 * caption and legend (more room for the offices once the room has read them).
 */
export type TrainerCommand = (typeof TRAINER_COMMANDS)[number];

export class TrainerCommandEvent extends Event {
  static readonly eventName = 'trainer-command' as const;
  constructor(readonly command: TrainerCommand) {
    super(TrainerCommandEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Move the replay to a simulated minute (the timeline, the clock-time field, a moment button). */
export class TrainerSeekEvent extends Event {
  static readonly eventName = 'trainer-seek' as const;
  constructor(readonly minute: number) {
    super(TrainerSeekEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Choose a speed by its index in the offered speeds. */
export class TrainerSpeedEvent extends Event {
  static readonly eventName = 'trainer-speed' as const;
  constructor(readonly index: number) {
    super(TrainerSpeedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Open a built-in lesson (`id`) or the trainer's own scenario files (`files`, left to right). */
export class LessonChoiceEvent extends Event {
  static readonly eventName = 'lesson-choice' as const;
  constructor(readonly choice: { readonly id: string } | { readonly files: readonly { readonly name: string; readonly text: string }[] }) {
    super(LessonChoiceEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'trainer-command': TrainerCommandEvent;
    'trainer-seek': TrainerSeekEvent;
    'trainer-speed': TrainerSpeedEvent;
    'lesson-choice': LessonChoiceEvent;
  }
}
