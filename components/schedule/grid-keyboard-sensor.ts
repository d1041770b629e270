// dnd-kit's keyboard sensor, without its own scrolling. dnd-kit's sensor scrolls the page
// (smoothly) instead of moving the item once the item passes the middle of the view, and takes
// the next key's starting point from a measured rect that lags behind that scroll: with a busy
// machine a few arrow keys landed 20 minutes further than pressed. Here each key asks the grid
// where the item is now (the grid counts steps, keeps the item in view itself, and drops where
// it counted), and the sensor only moves the drag's picture there.
import { type Activators, KeyboardSensor, type KeyboardSensorOptions, type SensorInstance, type SensorProps } from "@dnd-kit/core";

type Coordinates = { x: number; y: number };

export type GridKeyboardOptions = KeyboardSensorOptions & {
  /**
   * One key of the drag (not Space, Enter, Tab or Escape): where the dragged node's top-left
   * corner should be in the viewport now, or undefined when the key does not move it.
   * `origin` is that corner when the drag started.
   */
  move(event: KeyboardEvent, origin: Coordinates): Coordinates | undefined;
};

const END = ["Space", "Enter", "Tab"];
const CANCEL = ["Escape"];

export class GridKeyboardSensor implements SensorInstance {
  // Keyboard drags never scroll by the pointer's edges (dnd-kit's auto-scroller).
  autoScrollEnabled = false;
  static activators = KeyboardSensor.activators as Activators<GridKeyboardOptions>;

  private readonly origin: Coordinates;
  private readonly doc: Document;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly props: SensorProps<GridKeyboardOptions>) {
    const node = props.activeNode.node.current;
    const r = node?.getBoundingClientRect();
    this.origin = { x: r?.left ?? 0, y: r?.top ?? 0 };
    this.doc = node?.ownerDocument ?? document;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onCancel = this.onCancel.bind(this);
    props.onStart({ x: 0, y: 0 });
    const win = this.doc.defaultView ?? window;
    win.addEventListener("resize", this.onCancel);
    win.addEventListener("visibilitychange", this.onCancel);
    // The key that picked the item up is still on its way: listen from the next tick.
    this.timer = setTimeout(() => this.doc.addEventListener("keydown", this.onKeyDown));
  }

  private onKeyDown(event: KeyboardEvent) {
    const { end = END, cancel = CANCEL } = this.props.options.keyboardCodes ?? {};
    if (end.includes(event.code)) {
      event.preventDefault();
      this.detach();
      return this.props.onEnd();
    }
    if (cancel.includes(event.code)) return this.onCancel(event);
    // Arrow keys never scroll the page while an item is held, even when they do not move it.
    if (event.code.startsWith("Arrow")) event.preventDefault();
    const to = this.props.options.move(event, this.origin);
    if (to) this.props.onMove({ x: to.x - this.origin.x, y: to.y - this.origin.y });
  }

  private onCancel(event?: Event) {
    event?.preventDefault();
    this.detach();
    this.props.onCancel();
  }

  private detach() {
    clearTimeout(this.timer);
    this.doc.removeEventListener("keydown", this.onKeyDown);
    const win = this.doc.defaultView ?? window;
    win.removeEventListener("resize", this.onCancel);
    win.removeEventListener("visibilitychange", this.onCancel);
  }
}
