"""Codes an authenticator app would show, computed from a device's key."""

from django_otp.oath import totp


def code_for(device, steps=0):
    """The code for now, or for `steps` time steps (of 30 seconds) away."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps):06d}"


def wrong_code_for(device):
    """A code the device refuses now: not the code of this step or the next or last."""
    near = {code_for(device, steps) for steps in (-1, 0, 1)}
    guess = int(code_for(device))
    while f"{guess:06d}" in near:
        guess = (guess + 1) % 1_000_000
    return f"{guess:06d}"
