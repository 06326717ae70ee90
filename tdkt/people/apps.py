from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "tdkt.people"
    label = "people"
    verbose_name = "Cán bộ, công chức, viên chức, người lao động"

    def ready(self) -> None:
        from tdkt.people.services import positions_transfer
        from tdkt.units.services import register_staff_follower

        # A unit reorganised with "move staff" moves its people's positions.
        register_staff_follower(positions_transfer)
