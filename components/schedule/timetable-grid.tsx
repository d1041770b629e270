"use client";
// The timetable as a grid: rooms as columns, time as rows in the event's zone, one grid per day.
// Talks are dragged in from the unscheduled list, cards are moved and resized with the mouse or
// the keyboard (dnd-kit's accessible drag and drop), in 5-minute steps. Every drop is saved at
// once with the item's version, so a change made on an outdated view is refused, not applied.
//
// A talk from the list is dragged as an overlay above the page, not by moving its list entry:
// the list scrolls, and an entry moved out of it widens what the list can scroll.
//
// Keyboard drags count their steps on the grid (lib/schedule/grid.ts keyStep) and drop where
// they counted, so one arrow key is exactly one step; the page scrolls at once to keep the card
// in view, and the drag's picture follows (GridKeyboardSensor).
import { type Active, type CollisionDetection, DndContext, type DragEndEvent, type DragMoveEvent, DragOverlay, type DragStartEvent, type Over, PointerSensor, useDraggable, useDroppable, useSensor, useSensors } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { type Conflict, findConflicts, placement } from "@/lib/schedule/conflicts";
import { moveSlotAction, placeTalkAction } from "@/lib/schedule/actions";
import { dropAt, keyStep, type KeyPosition, lengthMinutes, resizeBy, SNAP_MINUTES, snap } from "@/lib/schedule/grid";
import { type GridKeyboardOptions, GridKeyboardSensor } from "./grid-keyboard-sensor";
import { clock } from "./clock";

export type GridItem = { id: string; roomId: string | null; startsAt: string; endsAt: string; kind: string; title: string; speakers: string; speakerIds: string[]; talkMinutes: number | null; proposalId: string | null; version: number };
export type GridTalk = { id: string; title: string; minutes: number; speakers: string };
export type GridDayView = { key: string; label: string; from: string; to: string };

/** Pixels per minute: a 5-minute step is 10 px, a 40-minute talk 80 px. */
const PX = 2;
const MINUTE = 60_000;

type Props = { eventId: string; timezone: string; event: { startsAt: string; endsAt: string }; rooms: { id: string; name: string }[]; items: GridItem[]; talks: GridTalk[]; days: GridDayView[] };

type DragData = { type: "item"; item: GridItem } | { type: "resize"; item: GridItem } | { type: "talk"; talk: GridTalk };

const colId = (day: string, roomId: string) => `col|${day}|${roomId}`;

/** The column under the middle of the dragged card: keyboard drags have no pointer to go by. */
const centerInColumn: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) => {
  const cx = collisionRect.left + collisionRect.width / 2;
  const top = collisionRect.top + Math.min(collisionRect.height / 2, 5);
  for (const c of droppableContainers) {
    const r = droppableRects.get(c.id);
    if (r && cx >= r.left && cx < r.left + r.width && top >= r.top - 40 && top < r.top + r.height) return [{ id: c.id }];
  }
  return [];
};

/** What a keyboard drag has counted so far: where the item is, or how much longer it is. */
type KeyDrag = { data: DragData; at: KeyPosition | null; resize: number };

/**
 * Scrolls the page (and the day's rooms sideways) at once, not smoothly, so that a card `top`
 * pixels below the column's top, `height` pixels tall, stays in view while the keyboard moves it.
 */
function keepInView(column: Element, top: number, height: number) {
  const margin = 80;
  const r = column.getBoundingClientRect();
  const y = r.top + top;
  const below = y + Math.min(height, window.innerHeight / 2) + margin - window.innerHeight;
  if (below > 0) window.scrollBy({ top: below, behavior: "instant" });
  else if (y < margin) window.scrollBy({ top: y - margin, behavior: "instant" });
  const scroller = column.closest("[data-grid-scroller]");
  if (!scroller) return;
  const s = scroller.getBoundingClientRect();
  if (r.right > s.right) scroller.scrollBy({ left: r.right - s.right, behavior: "instant" });
  else if (r.left < s.left + 56) scroller.scrollBy({ left: r.left - s.left - 56, behavior: "instant" });
}

export function TimetableGrid({ eventId, timezone, event, rooms, items: serverItems, talks, days }: Props) {
  const t = useTranslations("schedule.grid");
  const tc = useTranslations("errors.codes");
  const tk = useTranslations("schedule.kinds");
  const router = useRouter();
  const [, startTransition] = useTransition();
  // Local state follows the server's items whenever they change (after each save's refresh).
  const [local, setLocal] = useState({ base: serverItems, items: serverItems });
  if (local.base !== serverItems) setLocal({ base: serverItems, items: serverItems });
  const items = local.items;
  const [status, setStatus] = useState<{ kind: "ok" | "error" | "busy"; text: string } | null>(null);
  const [resizing, setResizing] = useState<{ id: string; minutes: number } | null>(null);
  const [draggedTalk, setDraggedTalk] = useState<GridTalk | null>(null);
  // A keyboard drag counts its steps here (see GridKeyboardSensor) and drops where it counted.
  const keyDrag = useRef<KeyDrag | null>(null);
  const keyboard = useMemo<GridKeyboardOptions>(
    () => ({
      move(event, origin) {
        const d = keyDrag.current;
        if (!d) return undefined;
        if (d.data.type === "resize") {
          if (event.code !== "ArrowDown" && event.code !== "ArrowUp") return undefined;
          const item = d.data.item;
          d.resize += event.code === "ArrowDown" ? SNAP_MINUTES : -SNAP_MINUTES;
          setResizing({ id: item.id, minutes: d.resize });
          const card = document.querySelector(`[data-testid="grid-item"][data-id="${item.id}"]`);
          const length = lengthMinutes({ startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) }) + d.resize;
          if (card) keepInView(card, 0, Math.max(length, SNAP_MINUTES) * PX);
          return { x: origin.x, y: origin.y + d.resize * PX };
        }
        const length = d.data.type === "talk" ? d.data.talk.minutes : lengthMinutes({ startsAt: new Date(d.data.item.startsAt), endsAt: new Date(d.data.item.endsAt) });
        const dayMinutes = days.map((day) => (new Date(day.to).getTime() - new Date(day.from).getTime()) / MINUTE);
        d.at = keyStep(d.at, event.code, { dayMinutes, rooms: rooms.length, length });
        if (!d.at) return undefined;
        const column = document.querySelector(`[data-grid-column="${colId(days[d.at.day]!.key, rooms[d.at.room]!.id)}"]`);
        if (!column) return undefined;
        keepInView(column, d.at.minutes * PX, length * PX);
        const r = column.getBoundingClientRect();
        // An item for all rooms keeps lying across the rooms: only its time changes.
        return { x: d.data.type === "item" && d.data.item.roomId === null ? origin.x : r.left + 4, y: r.top + d.at.minutes * PX };
      },
    }),
    [days, rooms],
  );
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(GridKeyboardSensor, keyboard));

  const roomName = (id: string | null) => (id ? (rooms.find((r) => r.id === id)?.name ?? "") : t("allRooms"));
  const dayOf = (key: string) => days.find((d) => d.key === key)!;
  const eventRange = { startsAt: new Date(event.startsAt), endsAt: new Date(event.endsAt) };

  const conflicts = useMemo(() => {
    const byId = new Map<string, Conflict["kind"][]>();
    const slotLikes = items.map((i) => ({ id: i.id, roomId: i.roomId, startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt), kind: i.kind, title: i.title, talk: i.talkMinutes !== null ? { minutes: i.talkMinutes, title: i.title, speakerIds: i.speakerIds } : null }));
    for (const c of findConflicts(slotLikes)) for (const id of c.slotIds) byId.set(id, [...new Set([...(byId.get(id) ?? []), c.kind])]);
    return byId;
  }, [items]);

  const placed = new Set(items.map((i) => i.proposalId).filter(Boolean));
  const unscheduled = talks.filter((x) => !placed.has(x.id));

  function fail(code: string) {
    setStatus({ kind: "error", text: code === "badLength" || code === "talkNeedsRoom" ? t(code) : tc.has(code) ? tc(code as "INTERNAL") : tc("INTERNAL") });
  }

  function save(next: GridItem, previous: GridItem[]) {
    setLocal((l) => ({ ...l, items: l.items.map((i) => (i.id === next.id ? next : i)) }));
    setStatus({ kind: "busy", text: t("saving") });
    const form = new FormData();
    for (const [k, v] of Object.entries({ eventId, slotId: next.id, roomId: next.roomId ?? "", startsAt: next.startsAt, endsAt: next.endsAt, version: String(next.version) })) form.set(k, v);
    startTransition(async () => {
      const res = await moveSlotAction(null, form);
      if (res?.ok) {
        setLocal((l) => ({ ...l, items: l.items.map((i) => (i.id === next.id ? { ...next, version: Number(res.data?.version ?? next.version + 1) } : i)) }));
        setStatus({ kind: "ok", text: t("saved") });
      } else {
        setLocal((l) => ({ ...l, items: previous }));
        fail(res?.ok === false ? (res.code === "INVALID_INPUT" && res.fields?.endsAt ? "badLength" : res.code) : "INTERNAL");
        if (res?.ok === false && res.code === "STALE_VERSION") router.refresh();
      }
    });
  }

  function place(talk: GridTalk, roomId: string, startsAt: Date) {
    const endsAt = new Date(startsAt.getTime() + talk.minutes * MINUTE);
    const tempId = `new-${talk.id}`;
    const previous = items;
    setLocal((l) => ({ ...l, items: [...l.items, { id: tempId, roomId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), kind: "talk", title: talk.title, speakers: talk.speakers, speakerIds: [], talkMinutes: talk.minutes, proposalId: talk.id, version: 1 }] }));
    setStatus({ kind: "busy", text: t("saving") });
    const form = new FormData();
    for (const [k, v] of Object.entries({ eventId, proposalId: talk.id, roomId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() })) form.set(k, v);
    startTransition(async () => {
      const res = await placeTalkAction(null, form);
      if (res?.ok) {
        setLocal((l) => ({ ...l, items: l.items.map((i) => (i.id === tempId ? { ...i, id: res.data?.slotId ?? tempId, version: Number(res.data?.version ?? 1) } : i)) }));
        setStatus({ kind: "ok", text: t("saved") });
      } else {
        setLocal((l) => ({ ...l, items: previous }));
        fail(res?.ok === false ? res.code : "INTERNAL");
      }
    });
  }

  function onDragStart(e: DragStartEvent) {
    const data = e.active.data.current as DragData | undefined;
    setDraggedTalk(data?.type === "talk" ? data.talk : null);
    keyDrag.current = data && e.activatorEvent instanceof KeyboardEvent ? { data, at: data.type === "item" ? positionOf(data.item) : null, resize: 0 } : null;
  }

  /** Where an item is on the grid, for a keyboard drag to count from. */
  function positionOf(item: GridItem): KeyPosition | null {
    const start = new Date(item.startsAt).getTime();
    const day = days.findIndex((d) => start >= new Date(d.from).getTime() && start < new Date(d.to).getTime());
    if (day < 0) return null;
    return { day, room: Math.max(0, rooms.findIndex((r) => r.id === item.roomId)), minutes: (start - new Date(days[day]!.from).getTime()) / MINUTE };
  }

  /** Where a drop lands: the keyboard's counted place, or the pointer's column and offset. */
  function target(active: Active, over: Over | null): { dayKey: string; roomId: string; offset: number } | null {
    const k = keyDrag.current;
    if (k && k.data.type !== "resize") return k.at ? { dayKey: days[k.at.day]!.key, roomId: rooms[k.at.room]!.id, offset: k.at.minutes } : null;
    const rect = active.rect.current.translated;
    if (!over || !rect) return null;
    const [, dayKey, roomId] = String(over.id).split("|") as [string, string, string];
    return { dayKey, roomId, offset: (rect.top - over.rect.top) / PX };
  }

  function onDragMove(e: DragMoveEvent) {
    const data = e.active.data.current as DragData | undefined;
    // A keyboard resize sets its length as it counts (the pointer's delta includes scrolling).
    if (data?.type === "resize" && !keyDrag.current) setResizing({ id: data.item.id, minutes: snap(e.delta.y / PX) });
  }

  function onDragEnd(e: DragEndEvent) {
    setResizing(null);
    setDraggedTalk(null);
    const data = e.active.data.current as DragData | undefined;
    if (!data) return;
    if (data.type === "resize") {
      const item = data.item;
      const next = resizeBy({ startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) }, keyDrag.current ? keyDrag.current.resize : e.delta.y / PX);
      if (!next) return fail("badLength");
      if (next.endsAt.getTime() === new Date(item.endsAt).getTime()) return;
      return save({ ...item, endsAt: next.endsAt.toISOString() }, items);
    }
    const to = target(e.active, e.over);
    if (!to) return;
    const day = dayOf(to.dayKey);
    const gridDay = { key: day.key, from: new Date(day.from), to: new Date(day.to) };
    if (data.type === "talk") {
      const p = dropAt(gridDay, to.offset, data.talk.minutes);
      return place(data.talk, to.roomId, p.startsAt);
    }
    const item = data.item;
    const p = dropAt(gridDay, to.offset, lengthMinutes({ startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) }));
    // An item for all rooms stays one; a talk moves to the room it is dropped on.
    const nextRoom = item.roomId === null ? null : to.roomId;
    if (p.startsAt.toISOString() === new Date(item.startsAt).toISOString() && nextRoom === item.roomId) return;
    save({ ...item, roomId: nextRoom, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() }, items);
  }

  const titleOf = (d: DragData | undefined) => (!d ? "" : d.type === "talk" ? d.talk.title : d.item.title || tk(d.item.kind));
  /** What a screen reader hears for where the item is: the counted place (keyboard) or the column under it. */
  const whereOf = (active: Active, over: Over | null) => {
    const d = active.data.current as DragData | undefined;
    const to = d?.type === "resize" ? (over && active.rect.current.translated ? { dayKey: String(over.id).split("|")[1]!, roomId: String(over.id).split("|")[2]!, offset: (active.rect.current.translated.top - over.rect.top) / PX } : null) : target(active, over);
    if (!to) return null;
    const day = dayOf(to.dayKey);
    const start = dropAt({ key: day.key, from: new Date(day.from), to: new Date(day.to) }, to.offset, 5).startsAt;
    return { time: clock(start, timezone), room: d?.type === "item" && d.item.roomId === null ? t("allRooms") : roomName(to.roomId) };
  };
  const movedOver = ({ active, over }: { active: Active; over: Over | null }) => {
    const where = whereOf(active, over);
    return where ? t("movedOver", { title: titleOf(active.data.current as DragData), ...where }) : undefined;
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={centerInColumn}
      // The page scrolls only when the pointer is at the very edge of the view (5 %, not dnd-kit's
      // 20 %): a drop aimed at a slot near the top or bottom of the view stays where it was aimed.
      autoScroll={{ threshold: { x: 0.05, y: 0.05 } }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setResizing(null);
        setDraggedTalk(null);
      }}
      accessibility={{
        screenReaderInstructions: { draggable: t("instructions") },
        announcements: {
          onDragStart: ({ active }) => t("pickedUp", { title: titleOf(active.data.current as DragData) }),
          onDragOver: movedOver,
          onDragMove: movedOver,
          onDragEnd: ({ active, over }) => {
            const where = whereOf(active, over);
            return where ? t("dropped", { title: titleOf(active.data.current as DragData), ...where }) : t("cancelledDrag", { title: titleOf(active.data.current as DragData) });
          },
          onDragCancel: ({ active }) => t("cancelledDrag", { title: titleOf(active.data.current as DragData) }),
        },
      }}
    >
      <div className="flex gap-4" data-testid="grid-editor">
        <aside className="sticky top-2 max-h-[90vh] w-56 shrink-0 self-start overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900" aria-labelledby="grid-unscheduled">
          <h3 id="grid-unscheduled" className="mb-2 text-sm font-semibold">
            {t("unscheduled")}
          </h3>
          {unscheduled.length === 0 ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">{t("noUnscheduled")}</p>
          ) : (
            <ul className="space-y-2" data-testid="unscheduled">
              {unscheduled.map((x) => (
                <UnscheduledTalk key={x.id} talk={x} label={t("move", { title: x.title })} minutes={t("minutes", { minutes: x.minutes })} />
              ))}
            </ul>
          )}
        </aside>
        <div className="min-w-0 flex-1 space-y-6">
          <p role="status" aria-live="polite" data-testid="grid-status" className={`min-h-5 text-sm ${status?.kind === "error" ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
            {status?.text}
          </p>
          {days.map((day) => {
            const from = new Date(day.from).getTime();
            const height = ((new Date(day.to).getTime() - from) / MINUTE) * PX;
            const dayItems = items.filter((i) => new Date(i.startsAt).getTime() >= from && new Date(i.startsAt).getTime() < new Date(day.to).getTime());
            const hours = Array.from({ length: Math.round((new Date(day.to).getTime() - from) / (60 * MINUTE)) }, (_, h) => new Date(from + h * 60 * MINUTE));
            const band = (a: number, b: number) => ({ top: ((Math.max(a, from) - from) / MINUTE) * PX, height: ((Math.min(b, new Date(day.to).getTime()) - Math.max(a, from)) / MINUTE) * PX });
            const beforeBand = band(from, eventRange.startsAt.getTime());
            const afterBand = band(eventRange.endsAt.getTime(), new Date(day.to).getTime());
            const topOf = (i: GridItem) => ((new Date(i.startsAt).getTime() - from) / MINUTE) * PX;
            const card = (i: GridItem) => (
              <ItemCard
                key={i.id}
                item={i}
                top={topOf(i)}
                height={Math.max(SNAP_MINUTES, lengthMinutes({ startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) }) + (resizing?.id === i.id ? resizing.minutes : 0)) * PX}
                time={`${clock(new Date(i.startsAt), timezone)}–${clock(new Date(new Date(i.endsAt).getTime() + (resizing?.id === i.id ? resizing.minutes * MINUTE : 0)), timezone)}`}
                title={i.title || tk(i.kind)}
                kindLabel={tk(i.kind)}
                place={placement({ startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) }, eventRange)}
                conflicts={conflicts.get(i.id) ?? []}
              />
            );
            return (
              <section key={day.key} aria-label={day.label} data-testid="grid-day" data-day={day.key}>
                <h3 className="mb-2 text-sm font-semibold">{day.label}</h3>
                <div tabIndex={0} role="group" aria-label={day.label} data-grid-scroller className="overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500">
                  <div className="flex min-w-max">
                    <div className="w-14 shrink-0" aria-hidden>
                      <div className="h-8" />
                      <div className="relative" style={{ height }}>
                        {hours.map((h, n) => (
                          <span key={n} className="absolute right-2 -translate-y-2 text-xs tabular-nums text-slate-500" style={{ top: n * 60 * PX }}>
                            {clock(h, timezone)}
                          </span>
                        ))}
                      </div>
                    </div>
                    <div className="relative grid flex-1 gap-x-1" style={{ gridTemplateColumns: `repeat(${Math.max(rooms.length, 1)}, minmax(10rem, 1fr))` }}>
                      {rooms.map((r) => (
                        <div key={r.id} className="min-w-40">
                          <div className="flex h-8 items-center justify-center truncate rounded-t bg-slate-100 px-2 text-xs font-semibold dark:bg-slate-800">{r.name}</div>
                          <Column id={colId(day.key, r.id)} height={height} label={`${day.label} ${r.name}`}>
                            {beforeBand.height > 0 && <div aria-hidden className="absolute inset-x-0 bg-slate-200/60 dark:bg-slate-800/60" style={beforeBand} />}
                            {afterBand.height > 0 && <div aria-hidden className="absolute inset-x-0 bg-slate-200/60 dark:bg-slate-800/60" style={afterBand} />}
                            {hours.map((_, n) => (
                              <div key={n} aria-hidden className="absolute inset-x-0 border-t border-slate-200 dark:border-slate-800" style={{ top: n * 60 * PX }} />
                            ))}
                            {dayItems.filter((i) => i.roomId === r.id).map(card)}
                          </Column>
                        </div>
                      ))}
                      {/* Items for all rooms lie across every column. */}
                      <div className="pointer-events-none absolute inset-x-0 top-8" style={{ height }}>
                        {dayItems.filter((i) => i.roomId === null).map(card)}
                      </div>
                    </div>
                  </div>
                </div>
              </section>
            );
          })}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>{draggedTalk ? <TalkCard talk={draggedTalk} minutes={t("minutes", { minutes: draggedTalk.minutes })} /> : null}</DragOverlay>
    </DndContext>
  );
}

function Column({ id, height, label, children }: { id: string; height: number; label: string; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} data-grid-column={id} aria-label={label} className={`relative border-x border-b border-slate-200 dark:border-slate-800 ${isOver ? "bg-sky-50 dark:bg-sky-950" : ""}`} style={{ height }}>
      {children}
    </div>
  );
}

function UnscheduledTalk({ talk, label, minutes }: { talk: GridTalk; label: string; minutes: string }) {
  // The entry stays in the list while its overlay (TalkCard, dragged) moves.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `talk|${talk.id}`, data: { type: "talk", talk } satisfies DragData });
  return (
    <li>
      <button
        type="button"
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        aria-label={label}
        data-testid="unscheduled-talk"
        data-title={talk.title}
        className={`block w-full cursor-grab rounded border border-sky-300 bg-sky-50 p-2 text-left text-xs dark:border-sky-700 dark:bg-sky-950 ${isDragging ? "opacity-40" : ""}`}
      >
        <TalkText talk={talk} minutes={minutes} />
      </button>
    </li>
  );
}

function TalkText({ talk, minutes }: { talk: GridTalk; minutes: string }) {
  return (
    <>
      <span className="block font-semibold">{talk.title}</span>
      <span className="block text-slate-600 dark:text-slate-400">
        {minutes} · {talk.speakers}
      </span>
    </>
  );
}

/** What moves while a talk from the list is dragged: as long as the talk, as a card would be. */
function TalkCard({ talk, minutes }: { talk: GridTalk; minutes: string }) {
  return (
    <div aria-hidden className="cursor-grabbing overflow-hidden rounded border border-sky-300 bg-sky-50 p-2 text-left text-xs opacity-90 shadow-lg dark:border-sky-700 dark:bg-sky-950" style={{ height: talk.minutes * PX }}>
      <TalkText talk={talk} minutes={minutes} />
    </div>
  );
}

function ItemCard({ item, top, height, time, title, kindLabel, place, conflicts }: { item: GridItem; top: number; height: number; time: string; title: string; kindLabel: string; place: "before" | "during" | "after"; conflicts: Conflict["kind"][] }) {
  const t = useTranslations("schedule.grid");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `item|${item.id}`, data: { type: "item", item } satisfies DragData, disabled: item.id.startsWith("new-") });
  const { attributes: resizeAttributes, listeners: resizeListeners, setNodeRef: setResizeRef } = useDraggable({ id: `resize|${item.id}`, data: { type: "resize", item } satisfies DragData, disabled: item.id.startsWith("new-") });
  const allRooms = item.roomId === null;
  const tone = conflicts.length ? "border-amber-500 bg-amber-50 dark:bg-amber-950" : allRooms ? "border-slate-400 bg-slate-100 dark:bg-slate-800" : "border-sky-400 bg-white dark:bg-slate-900";
  return (
    <div
      ref={setNodeRef}
      data-testid="grid-item"
      data-id={item.id}
      data-title={title}
      data-room={item.roomId ?? ""}
      data-start={item.startsAt}
      data-end={item.endsAt}
      data-conflicts={conflicts.join(" ")}
      className={`pointer-events-auto absolute overflow-hidden rounded border text-xs shadow-sm ${tone} ${allRooms ? "inset-x-0 mx-1 opacity-95" : "inset-x-1"} ${isDragging ? "z-50 shadow-lg" : "z-10"}`}
      style={{ top, height, transform: CSS.Translate.toString(transform) }}
    >
      <button type="button" {...attributes} {...listeners} aria-label={t("move", { title })} className="block h-full w-full cursor-grab p-1 text-left">
        <span className="block font-semibold tabular-nums">{time}</span>
        <span className="block truncate">{title}</span>
        {item.speakers && <span className="block truncate text-slate-600 dark:text-slate-400">{item.speakers}</span>}
        {item.kind !== "talk" && <span className="sr-only">{kindLabel}</span>}
        {place !== "during" && <span className="mt-0.5 inline-block rounded bg-slate-200 px-1 text-[10px] dark:bg-slate-700">{t(place)}</span>}
        {conflicts.map((c) => (
          <span key={c} className="mt-0.5 mr-1 inline-block rounded bg-amber-200 px-1 text-[10px] font-semibold text-amber-950" data-testid="grid-conflict">
            ⚠ {t(`conflict.${c}`)}
          </span>
        ))}
      </button>
      <button
        type="button"
        ref={setResizeRef}
        {...resizeAttributes}
        {...resizeListeners}
        aria-label={t("resize", { title })}
        data-testid="grid-resize"
        className="absolute inset-x-0 bottom-0 h-2 cursor-ns-resize bg-sky-300/60 focus:bg-sky-500 dark:bg-sky-700/60"
      />
    </div>
  );
}
