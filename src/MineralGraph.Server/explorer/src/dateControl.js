// The date control: a slider over days (plus a date box for an exact day) choosing the day ties must hold on.
// Moving either sets asOf; "All dates" clears it. The page re-asks the API with asOf, which leaves out ties whose
// dates say they did not hold that day (ties with unknown dates stay, drawn dotted). `onShow(day)` follows the slider
// as it moves (null for "All dates"), before any change is announced: the timeline's marker moves with it.

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_DAY = '2000-01-01';

const toDay = (date) => date.toISOString().slice(0, 10);
const fromDay = (day) => new Date(`${day}T00:00:00Z`);

export class DateControl {
  constructor({ slider, label, input, reset, onChange, onShow = () => {} }) {
    this.slider = slider;
    this.label = label;
    this.input = input;
    this.reset = reset;
    this.onChange = onChange;
    this.onShow = onShow;
    this.first = fromDay(FIRST_DAY);
    this.last = fromDay(toDay(new Date()));
    slider.min = '0';
    slider.max = String(Math.round((this.last - this.first) / DAY_MS));
    slider.step = '1';
    input.min = FIRST_DAY;
    input.max = toDay(this.last);

    slider.addEventListener('input', () => this.show(this.daySelected(), true));
    slider.addEventListener('change', () => this.onChange(this.daySelected()));
    input.addEventListener('change', () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
      this.set(input.value);
      this.onChange(input.value);
    });
    reset.addEventListener('click', () => {
      this.set(null);
      this.onChange(null);
    });
    this.set(null);
  }

  daySelected() {
    return toDay(new Date(this.first.getTime() + Number(this.slider.value) * DAY_MS));
  }

  /** Shows a day (or "All dates" for null) without announcing a change. */
  set(day) {
    if (day) {
      const offset = Math.round((fromDay(day) - this.first) / DAY_MS);
      this.slider.value = String(Math.min(Math.max(offset, 0), Number(this.slider.max)));
    } else {
      this.slider.value = this.slider.max;
    }
    this.show(day, Boolean(day));
  }

  show(day, active) {
    this.label.textContent = active ? `Ties that held on ${day}` : 'Ties at any date';
    this.input.value = active ? day : '';
    this.slider.classList.toggle('inactive', !active);
    this.reset.hidden = !active;
    this.onShow(active ? day : null);
  }
}
