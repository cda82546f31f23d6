/**
 * The listeners of room changes in this process. Each backend emits here after a write commits;
 * the PostgreSQL backend also emits what other instances announce (room-notify.ts). A listener
 * that throws is reported and never stops the others (one board stream's bug stays its own).
 */
import type { RoomChange } from './rooms';

export class RoomChanges {
  private readonly listeners = new Set<(change: RoomChange) => void>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {}

  on(listener: (change: RoomChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(change: RoomChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
